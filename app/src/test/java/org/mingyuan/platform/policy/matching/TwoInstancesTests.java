package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.await;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.clause;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.example;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.key;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.messages;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.policy.PolicyDesk;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the platform on one database, each with its own live matcher: a fact changed through either
 * reaches the other's matches within 5 s, a clause published through one is matched by both, and the enterprise that
 * newly qualifies is told once, whichever instance follows the change first.
 */
class TwoInstancesTests {

    @TempDir
    Path homeA;

    @TempDir
    Path homeB;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFactChangedThroughOneInstanceChangesTheOthersMatchesWithinFiveSeconds(String kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.of(kind, "matching_two");
                ConfigurableApplicationContext a = PlatformInstances.start(database, homeA, null);
                ConfigurableApplicationContext b = PlatformInstances.start(database, homeB, null)) {
            LiveMatcher liveA = a.getBean(LiveMatcher.class);
            LiveMatcher liveB = b.getBean(LiveMatcher.class);
            assertThat(liveA.awaitReady(120)).isTrue();
            assertThat(liveB.awaitReady(120)).isTrue();
            ApiClient apiA = PlatformInstances.api(a);
            ApiClient apiB = PlatformInstances.api(b);

            String clauseId = key("TWO");
            MatchingFixtures.publish(
                    a.getBean(PolicyDesk.class),
                    clauseId,
                    clause(
                            "两实例测试",
                            "revenue >= 876543.0 && staff >= 876543",
                            "120000.0",
                            null,
                            null,
                            example("符合", Map.of("revenue", 876543.0, "staff", 876543), true, "120000.00"),
                            example("不符合", Map.of(), false, null)));
            await(Duration.ofSeconds(15), () -> liveB.current().clause(clauseId).isPresent());

            String code = MatchingFixtures.register(apiA, "两实例测试");
            MatchingFixtures.state(apiA, code, "REVENUE", "900000");
            MatchingFixtures.state(apiA, code, "STAFF", "900000");
            Duration reachedB = await(Duration.ofSeconds(5), () -> qualifies(apiB, code, clauseId));
            assertThat(reachedB).as("a change through A reaches B's matcher").isLessThan(Duration.ofSeconds(5));

            MatchingFixtures.state(apiB, code, "STAFF", "3");
            Duration reachedA = await(Duration.ofSeconds(5), () -> !qualifies(apiA, code, clauseId));
            assertThat(reachedA).as("a change through B reaches A's matcher").isLessThan(Duration.ofSeconds(5));
            await(Duration.ofSeconds(5), () -> !qualifies(apiB, code, clauseId));

            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            await(Duration.ofSeconds(5), () -> messages(jdbc, code, clauseId, "NEWLY_ELIGIBLE") == 1);
            Thread.sleep(2000);
            assertThat(messages(jdbc, code, clauseId, "NEWLY_ELIGIBLE"))
                    .as("both instances followed the change; the enterprise was told once")
                    .isEqualTo(1);
            assertThat(liveA.followedTo()).isEqualTo(liveB.followedTo());
        }
    }

    private static boolean qualifies(ApiClient api, String code, String clauseId) {
        ApiClient.Response response = api.get("/api/v1/enterprises/" + code + "/matches", MatchingFixtures.OFFICER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode match : response.json().get("qualified")) {
            if (match.get("clauseId").asText().equals(clauseId)) {
                return true;
            }
        }
        return false;
    }
}
