package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.OFFICER;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.OFFICER_CALLER;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.await;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.clause;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.example;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.key;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.match.CelBaseline;
import org.mingyuan.rules.table.FactTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Simulation before publishing on the demo registry: its figures equal checks made enterprise by enterprise with plain
 * CEL, a draft is never matched for anyone nor pushed, and publishing over budget needs a recorded confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulationTests {

    private static final String V1 = "revenue >= 200.0";
    private static final String V2_REVENUE = "revenue >= 100.0";
    private static final String V2_STAFF = "staff >= 5";
    private static final String V2_AMOUNT = "min(50000.0, revenue * 200.0)";

    @LocalServerPort
    int port;

    @Autowired
    LiveMatcher live;

    @Autowired
    PolicyDesk desk;

    @Autowired
    RegistryFacts registry;

    @Autowired
    Simulations simulations;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void ready() throws InterruptedException {
        api = new ApiClient(port);
        assertThat(live.awaitReady(60)).isTrue();
    }

    @Test
    void figuresEqualPerEnterpriseChecksAndTheDraftIsNeverMatchedNorPushed() throws Exception {
        String clauseId = key("SIM");
        ClauseVersionDetail v1 =
                MatchingFixtures.publish(desk, clauseId, content(V1, "revenue * 100.0", null, "30000"));
        await(Duration.ofSeconds(10), () -> live.current().clause(clauseId).isPresent());
        desk.amend(OFFICER_CALLER, clauseId);
        desk.saveDraft(OFFICER_CALLER, clauseId, content(V2_REVENUE + " && " + V2_STAFF, V2_AMOUNT, "1000", "50000"));

        var response = api.get("/api/v1/policies/" + v1.policyId() + "/simulation?clause=" + clauseId, OFFICER);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json().get(0);
        assertThat(report.get("clauseId").asText()).isEqualTo(clauseId);
        assertThat(report.get("version").asInt()).isEqualTo(2);

        RegistryCopy copy = live.current();
        CelBaseline baseline = new CelBaseline(copy.day);
        CelBaseline.Prepared draft = prepare(copy, baseline, V2_REVENUE + " && " + V2_STAFF, V2_AMOUNT);
        CelBaseline.Prepared current = prepare(copy, baseline, V1, "revenue * 100.0");
        CelBaseline.Prepared revenueOnly = prepare(copy, baseline, V2_REVENUE, "0.0");
        CelBaseline.Prepared staffOnly = prepare(copy, baseline, V2_STAFF, "0.0");
        long count = 0;
        long unknown = 0;
        long gained = 0;
        long lost = 0;
        long missRevenue = 0;
        long missStaff = 0;
        double amount = 0;
        Map<String, Long> byPark = new HashMap<>();
        List<EnterpriseFacts> enterprises = new ArrayList<>();
        registry.forEach(copy.day, enterprises::add);
        for (EnterpriseFacts enterprise : enterprises) {
            FactTable one = new FactTable(copy.schema);
            one.upsert("one", copy.columns(enterprise));
            Map<String, Object> facts = CelBaseline.facts(one, 0);
            boolean now = draft.eligible(facts);
            boolean before = current.eligible(facts);
            boolean revenue = revenueOnly.eligible(facts);
            boolean staff = staffOnly.eligible(facts);
            missRevenue += !revenue && staff ? 1 : 0;
            missStaff += revenue && !staff ? 1 : 0;
            gained += now && !before ? 1 : 0;
            lost += before && !now ? 1 : 0;
            if (now) {
                count++;
                OptionalDouble one_ = draft.amount(facts);
                if (one_.isPresent()) {
                    amount += one_.getAsDouble();
                } else {
                    unknown++;
                }
                byPark.merge(String.valueOf(enterprise.values().getOrDefault("park", "")), 1L, Long::sum);
            }
        }
        assertThat(count).as("some demo enterprises qualify").isPositive();
        assertThat(report.get("totals").get("count").asLong()).isEqualTo(count);
        assertThat(report.get("totals").get("amount").asDouble()).isCloseTo(amount, within(0.01));
        assertThat(report.get("totals").get("amountUnknown").asLong()).isEqualTo(unknown);
        assertThat(report.get("budget").decimalValue()).isEqualByComparingTo("1000");
        assertThat(report.get("overBudget").asBoolean()).isEqualTo(amount > 1000);
        Map<String, Long> parks = new HashMap<>();
        for (JsonNode group : report.get("breakdowns").get("park")) {
            parks.put(
                    group.get("code").asText(),
                    group.get("figures").get("count").asLong());
            assertThat(group.get("labelZh").asText())
                    .isNotEqualTo(group.get("code").asText());
        }
        assertThat(parks).isEqualTo(byPark);
        assertThat(report.get("breakdowns").has("sizeClass")).isTrue();
        assertThat(report.get("breakdowns").has("chainSegment")).isTrue();
        JsonNode misses = report.get("nearMisses");
        assertThat(misses).hasSize(2);
        assertThat(misses.get(0).get("conditionZh").asText()).contains("营业收入");
        assertThat(misses.get(0).get("count").asLong()).isEqualTo(missRevenue);
        assertThat(misses.get(1).get("count").asLong()).isEqualTo(missStaff);
        JsonNode against = report.get("against");
        assertThat(against.get("currentVersion").asInt()).isEqualTo(1);
        assertThat(against.get("gained").asLong()).isEqualTo(gained);
        assertThat(against.get("lost").asLong()).isEqualTo(lost);
        assertThat(against.get("firstLost").size()).isEqualTo((int) Math.min(lost, 10));

        assertThat(copy.matcher.clauseIds()).noneMatch(id -> id.startsWith("~"));
        assertThat(live.current().clause(clauseId).orElseThrow().version().version())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from policy_inbox where clause_id = ? and clause_version = 2")
                        .param(clauseId)
                        .query(Integer.class)
                        .single())
                .as("a draft is never pushed")
                .isZero();
    }

    @Test
    void publishingOverBudgetNeedsAConfirmationThatIsRecorded() throws Exception {
        String clauseId = key("BUDGET");
        ClauseVersionDetail v1 =
                MatchingFixtures.publish(desk, clauseId, content("staff >= 1", "1000.0", null, "1000"));
        desk.amend(OFFICER_CALLER, clauseId);
        desk.saveDraft(OFFICER_CALLER, clauseId, content("staff >= 1", "1000.0", "1000", "1000"));
        String publish = "/api/v1/policies/" + v1.policyId() + "/clauses/" + clauseId + "/publish";

        var refused = api.post(publish, OFFICER, "{\"confirmOverBudget\":false}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("confirmOverBudget");
        assertThat(refused.json().get("errors").get(0).get("reason").asText()).contains("1000");
        assertThat(desk.clause(OFFICER_CALLER, clauseId)
                        .latestPublished()
                        .orElseThrow()
                        .version())
                .as("a refused publication writes nothing")
                .isEqualTo(1);

        var confirmed = api.post(publish, OFFICER, "{\"confirmOverBudget\":true}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        ClauseVersionDetail v2 =
                desk.clause(OFFICER_CALLER, clauseId).latestPublished().orElseThrow();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.confirmedOverBudget()).isTrue();
        assertThat(v2.overBudgetConfirmedBy()).isEqualTo("officer");
    }

    @Test
    void onlyOfficersAdministratorsAndSupervisorsSimulate() {
        String clauseId = key("SIM-ACCESS");
        ClauseVersionDetail v1 = MatchingFixtures.publish(desk, clauseId, content("staff >= 1", "1.0", null, "1"));
        desk.amend(OFFICER_CALLER, clauseId);
        String path = "/api/v1/policies/" + v1.policyId() + "/simulation";

        assertThat(api.get(path, OFFICER).status()).isEqualTo(200);
        assertThat(api.get(path, ApiClient.basic("supervisor", "demo")).status())
                .isEqualTo(200);
        assertThat(api.get(path, ApiClient.basic("enterprise", "demo")).status())
                .isEqualTo(403);
        assertThat(api.get(path, ApiClient.basic("operator", "demo")).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);

        var text = api.post(
                path, OFFICER, "{\"clauseId\":\"" + clauseId + "\",\"eligibility\":\"staff >= \",\"amount\":\"1.0\"}");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("errors").get(0).get("field").asText()).isEqualTo("eligibility");
        var fine = api.post(
                path, OFFICER, "{\"clauseId\":\"" + clauseId + "\",\"eligibility\":\"staff >= 2\",\"amount\":\"1.0\"}");
        assertThat(fine.status()).as(fine.body()).isEqualTo(200);
        assertThat(fine.json().get("against").get("currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aTextsFiguresAreSimulatedOnceUntilTheRegistryOrTheTextChanges() throws Exception {
        long threshold = 800_000_000L + new Random().nextInt(100_000_000);
        ClauseContent text = content("revenue >= " + threshold + ".0", "1000.0", "5000", "1000");
        long before = simulations.totals(text, "CACHE").count();
        String first = MatchingFixtures.register(api, "测算缓存甲");
        MatchingFixtures.state(api, first, "REVENUE", String.valueOf(threshold + 9));
        await(Duration.ofSeconds(10), () -> simulations.totals(text, "CACHE").count() == before + 1);

        SimulationReport.Figures figures = simulations.totals(text, "CACHE");
        assertThat(simulations.totals(text, "CACHE"))
                .as("asked again while the registry has not changed: not simulated again")
                .isSameAs(figures);
        assertThat(simulations.totals(content("revenue >= " + threshold + ".0", "1000.0", "9000", "1000"), "OTHER"))
                .as("another draft with the same expressions, whatever its budget")
                .isSameAs(figures);
        assertThat(simulations.totals(content("revenue >= " + threshold + ".0", "2000.0", "5000", "2000"), "CACHE"))
                .as("a text saved anew")
                .isNotSameAs(figures)
                .satisfies(changed -> assertThat(changed.amount())
                        .isEqualByComparingTo(figures.amount().multiply(BigDecimal.valueOf(2))));

        String second = MatchingFixtures.register(api, "测算缓存乙");
        MatchingFixtures.state(api, second, "REVENUE", String.valueOf(threshold + 99));
        await(Duration.ofSeconds(10), () -> simulations.totals(text, "CACHE").count() == before + 2);
    }

    private static CelBaseline.Prepared prepare(
            RegistryCopy copy, CelBaseline baseline, String eligibility, String amount) {
        return baseline.prepare(copy.compiler.compile(ClauseDraft.of("check", eligibility, amount)));
    }

    private static ClauseContent content(String eligibility, String amount, String budget, String exampleAmount) {
        return clause(
                "模拟测试",
                eligibility,
                amount,
                null,
                budget == null ? null : new BigDecimal(budget),
                example("符合", Map.of("revenue", 300.0, "staff", 10), true, exampleAmount),
                example("不符合", Map.of(), false, null));
    }
}
