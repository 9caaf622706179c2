package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.OFFICER;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.await;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.clause;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.example;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.key;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.CelBaseline;
import org.mingyuan.rules.table.FactTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live matcher on the demo registry: it agrees with plain per-pair CEL evaluation, follows a fact change within
 * seconds and pushes the clause the enterprise newly qualifies for once, and a near miss with the condition lacking.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveMatcherTests {

    @LocalServerPort
    int port;

    @Autowired
    LiveMatcher live;

    @Autowired
    PolicyDesk desk;

    @Autowired
    RegistryFacts registry;

    @Autowired
    Callers callers;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void ready() throws InterruptedException {
        api = new ApiClient(port);
        assertThat(live.awaitReady(60))
                .as("the live matcher loads the demo registry")
                .isTrue();
    }

    @Test
    void agreesWithPerPairEvaluationOnTheDemoRegistry() throws InterruptedException {
        List<String> ids = List.of(key("AGREE-REVENUE"), key("AGREE-SEGMENT"), key("AGREE-PARK"));
        publish(
                ids.get(0),
                "revenue >= 100.0 && staff >= 10",
                "min(500000.0, revenue * 1000.0)",
                new BigDecimal("300000"),
                Map.of("revenue", 150.0, "staff", 12),
                "150000.00");
        publish(
                ids.get(1),
                "'CAC_FILING' in certifications || chainSegment in ['baas', 'base-chain']",
                "100000.0",
                null,
                Map.of("chainSegment", "baas", "certifications", List.of()),
                "100000.00");
        publish(
                ids.get(2),
                "park == 'shanghai-blockchain-base' && ageYears >= 2 && !(sizeClass == 'LARGE')",
                "double(staff) * 1000.0",
                null,
                Map.of("park", "shanghai-blockchain-base", "ageYears", 3, "sizeClass", "SMALL", "staff", 7),
                "7000.00");
        await(
                Duration.ofSeconds(10),
                () -> ids.stream().allMatch(id -> live.current().clause(id).isPresent()));

        RegistryCopy copy = live.current();
        CelBaseline baseline = new CelBaseline(copy.day);
        Map<String, CelBaseline.Prepared> prepared = new HashMap<>();
        for (String id : ids) {
            CompiledClause compiled = copy.clause(id).orElseThrow().compiled();
            prepared.put(id, baseline.prepare(compiled));
        }
        List<EnterpriseFacts> enterprises = new ArrayList<>();
        registry.forEach(copy.day, enterprises::add);
        assertThat(enterprises).hasSizeGreaterThan(20);
        int[] eligible = new int[ids.size()];
        for (EnterpriseFacts enterprise : enterprises) {
            FactTable one = new FactTable(copy.schema);
            one.upsert("one", copy.columns(enterprise));
            Map<String, Object> facts = CelBaseline.facts(one, 0);
            Map<String, BigDecimal> matched = new HashMap<>();
            live.matches(enterprise.creditCode()).qualified().stream()
                    .filter(match -> ids.contains(match.clauseId()))
                    .forEach(match -> matched.put(match.clauseId(), match.amount()));
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                CelBaseline.Prepared clause = prepared.get(id);
                boolean expected = clause.eligible(facts);
                assertThat(matched.containsKey(id))
                        .as("%s for %s", id, enterprise.creditCode())
                        .isEqualTo(expected);
                if (expected) {
                    eligible[i]++;
                    OptionalDouble amount = clause.amount(facts);
                    assertThat(matched.get(id))
                            .as("amount of %s for %s", id, enterprise.creditCode())
                            .isEqualTo(Entitlements.amount(amount));
                }
            }
        }
        assertThat(java.util.Arrays.stream(eligible).min().orElseThrow())
                .as("each clause matches some demo enterprises")
                .isPositive();
    }

    @Test
    void aFactChangeReachesTheMatcherWithinSecondsAndPushesOnce() throws InterruptedException {
        String clauseId = key("CHANGE");
        ClauseVersionDetail published = publish(
                clauseId,
                "revenue >= 987654.0 && staff >= 987654",
                "250000.0",
                null,
                Map.of("revenue", 987654.0, "staff", 987654),
                "250000.00");
        await(Duration.ofSeconds(10), () -> live.current().clause(clauseId).isPresent());
        String code = MatchingFixtures.register(api, "变更推送测试");
        MatchingFixtures.state(api, code, "REVENUE", "987700");
        await(Duration.ofSeconds(5), () -> messages(code, clauseId, "NEAR_MISS") == 1);
        assertThat(inbox(code, clauseId, "NEAR_MISS", "lacking", String.class))
                .as("what it still lacks, in labels")
                .contains("从业人员")
                .contains("987654")
                .doesNotContain("staff");
        assertThat(qualifies(code, clauseId)).isFalse();

        MatchingFixtures.state(api, code, "STAFF", "987700");
        Duration took = await(Duration.ofSeconds(5), () -> qualifies(code, clauseId));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        await(Duration.ofSeconds(5), () -> messages(code, clauseId, "NEWLY_ELIGIBLE") == 1);
        assertThat(inbox(code, clauseId, "NEWLY_ELIGIBLE", "estimated_amount", BigDecimal.class))
                .isEqualByComparingTo("250000");

        MatchingFixtures.state(api, code, "STAFF", "5");
        await(Duration.ofSeconds(5), () -> !qualifies(code, clauseId));
        MatchingFixtures.state(api, code, "STAFF", "987800");
        await(Duration.ofSeconds(5), () -> qualifies(code, clauseId));
        Thread.sleep(1500);
        assertThat(messages(code, clauseId, "NEWLY_ELIGIBLE"))
                .as("qualifying again for the same version pushes nothing more")
                .isEqualTo(1);
        assertThat(messages(code, clauseId, "NEAR_MISS")).isEqualTo(1);
        assertThat(published.version()).isEqualTo(1);
    }

    @Test
    void anEnterpriseSeesItsOwnMatchesAndNeverAnothers() {
        long own = callers.byUsername("enterprise").orElseThrow().enterpriseId();
        String ownCode = jdbc.sql("select credit_code from enterprise where id = ?")
                .param(own)
                .query(String.class)
                .single();
        String other = jdbc.sql("select credit_code from enterprise where id <> ? order by id limit 1")
                .param(own)
                .query(String.class)
                .single();
        String enterprise = ApiClient.basic("enterprise", "demo");

        var mine = api.get("/api/v1/enterprises/" + ownCode + "/matches", enterprise);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().has("qualified")).isTrue();
        assertThat(mine.json().has("nearest")).isTrue();

        var theirs = api.get("/api/v1/enterprises/" + other + "/matches", enterprise);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        var unknown = api.get("/api/v1/enterprises/91310110MA00000000/matches", enterprise);
        assertThat(unknown.status()).as("another's enterprise reads as missing").isEqualTo(theirs.status());

        assertThat(api.get("/api/v1/enterprises/" + other + "/matches", OFFICER).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/enterprises/" + other + "/matches", null).status())
                .isEqualTo(401);
    }

    private ClauseVersionDetail publish(
            String id, String eligibility, String amount, BigDecimal cap, Map<String, Object> yes, String yesAmount) {
        return MatchingFixtures.publish(
                desk,
                id,
                clause(
                        "匹配测试 " + id,
                        eligibility,
                        amount,
                        cap,
                        null,
                        example("符合", yes, true, yesAmount),
                        example("不符合", Map.of(), false, null)));
    }

    private boolean qualifies(String code, String clauseId) {
        return live.matches(code).qualified().stream()
                .anyMatch(m -> m.clauseId().equals(clauseId));
    }

    private <T> T inbox(String code, String clauseId, String kind, String column, Class<T> type) {
        return jdbc.sql("select " + column + " from policy_inbox where credit_code = ? and clause_id = ? and kind = ?")
                .params(code, clauseId, kind)
                .query(type)
                .single();
    }

    private int messages(String code, String clauseId, String kind) {
        return jdbc.sql("select count(*) from policy_inbox where credit_code = ? and clause_id = ? and kind = ?")
                .params(code, clauseId, kind)
                .query(Integer.class)
                .single();
    }
}
