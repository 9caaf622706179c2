package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.OFFICER_CALLER;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.await;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.clause;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.example;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.key;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Precise push at publication: the enterprises a version newly qualifies (not those the version it replaces already
 * did) are told in one batch with their amounts, and those it misses by one condition are told what they lack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushOnPublishTests {

    @LocalServerPort
    int port;

    @Autowired
    LiveMatcher live;

    @Autowired
    PolicyDesk desk;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void ready() throws InterruptedException {
        api = new ApiClient(port);
        assertThat(live.awaitReady(60)).isTrue();
    }

    @Test
    void aPublicationPushesWhomItNewlyQualifiesAndWhatTheNearestLack() throws Exception {
        String rich = MatchingFixtures.register(api, "推送甲");
        String middling = MatchingFixtures.register(api, "推送乙");
        String alone = MatchingFixtures.register(api, "推送丙");
        MatchingFixtures.state(api, rich, "REVENUE", "5000000");
        MatchingFixtures.state(api, rich, "STAFF", "10");
        MatchingFixtures.state(api, middling, "REVENUE", "4000000");
        MatchingFixtures.state(api, middling, "STAFF", "10");
        MatchingFixtures.state(api, alone, "REVENUE", "4000000");
        await(Duration.ofSeconds(5), () -> live.current().member(alone).isPresent());
        String clauseId = key("PUSH");

        MatchingFixtures.publish(desk, clauseId, content("4500000.0"));

        await(
                Duration.ofSeconds(10),
                () -> messages(clauseId, 1, "NEWLY_ELIGIBLE").contains(rich));
        await(Duration.ofSeconds(10), () -> messages(clauseId, 1, "NEAR_MISS").contains(middling));
        assertThat(messages(clauseId, 1, "NEWLY_ELIGIBLE")).doesNotContain(middling, alone);
        assertThat(messages(clauseId, 1, "NEAR_MISS"))
                .as("missing both conditions is not a near miss")
                .doesNotContain(rich, alone);
        assertThat(lacking(middling, clauseId, 1)).contains("营业收入").contains("4500000");

        desk.amend(OFFICER_CALLER, clauseId);
        desk.saveDraft(OFFICER_CALLER, clauseId, content("3500000.0"));
        desk.publish(OFFICER_CALLER, clauseId, false);

        await(
                Duration.ofSeconds(10),
                () -> messages(clauseId, 2, "NEWLY_ELIGIBLE").contains(middling));
        await(Duration.ofSeconds(10), () -> messages(clauseId, 2, "NEAR_MISS").contains(alone));
        assertThat(lacking(alone, clauseId, 2)).contains("从业人员");
        Thread.sleep(1000);
        assertThat(messages(clauseId, 2, "NEWLY_ELIGIBLE"))
                .as("who qualified under the version replaced is not told again")
                .contains(middling)
                .doesNotContain(rich, alone);
        assertThat(jdbc.sql("select count(distinct push_batch) from policy_inbox where clause_id = ? and kind = ?")
                        .params(clauseId, "NEWLY_ELIGIBLE")
                        .query(Integer.class)
                        .single())
                .as("one batch per publication")
                .isEqualTo(2);
        assertThat(jdbc.sql("select estimated_amount from policy_inbox where clause_id = ? and clause_version = 2"
                                + " and kind = 'NEWLY_ELIGIBLE' and credit_code = ?")
                        .params(clauseId, middling)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("40000");
        assertThat(live.matches(rich).qualified()).anySatisfy(match -> {
            assertThat(match.clauseId()).isEqualTo(clauseId);
            assertThat(match.version()).isEqualTo(2);
        });
    }

    private static ClauseContent content(String threshold) {
        return clause(
                "推送测试",
                "revenue >= " + threshold + " && staff >= 1",
                "min(40000.0, revenue)",
                null,
                null,
                example("符合", Map.of("revenue", 9000000.0, "staff", 1), true, "40000"),
                example("不符合", Map.of("staff", 1), false, null));
    }

    private List<String> messages(String clauseId, int version, String kind) {
        return jdbc.sql("select credit_code from policy_inbox where clause_id = ? and clause_version = ? and kind = ?"
                        + " order by credit_code")
                .params(clauseId, version, kind)
                .query(String.class)
                .list();
    }

    private String lacking(String code, String clauseId, int version) {
        return jdbc.sql(
                        "select lacking from policy_inbox where credit_code = ? and clause_id = ? and clause_version = ?"
                                + " and kind = 'NEAR_MISS'")
                .params(code, clauseId, version)
                .query(String.class)
                .single();
    }
}
