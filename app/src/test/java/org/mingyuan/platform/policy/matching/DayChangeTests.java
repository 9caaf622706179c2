package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.await;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.clause;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.example;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.key;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.messages;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.MovableClock;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The change of day with two instances on one database and a clock the test moves: a clause version published to
 * start tomorrow is pushed to those it qualifies on that day, not at its publication, and an enterprise whose age
 * crosses a clause's threshold overnight is pushed that clause; each once, though both instances rebuild and push. A
 * version that comes into force while no instance runs is pushed by the first instance that starts afterwards.
 */
class DayChangeTests {

    @TempDir
    Path homeA;

    @TempDir
    Path homeB;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theNewDaysNewlyEligibleAreToldOnceEvenAfterARestart(String kind) throws Exception {
        MovableClock clock = new MovableClock();
        try (FreshDatabase database = FreshDatabase.of(kind, "day_change")) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            String starting = key("TOMORROW");
            String ageing = key("AGE");
            String later = key("LATER");
            String firm;
            String young;
            LocalDate tomorrow;
            try (ConfigurableApplicationContext a = PlatformInstances.start(database, homeA, clock);
                    ConfigurableApplicationContext b = PlatformInstances.start(database, homeB, clock)) {
                LiveMatcher liveA = a.getBean(LiveMatcher.class);
                LiveMatcher liveB = b.getBean(LiveMatcher.class);
                assertThat(liveA.awaitReady(120)).isTrue();
                assertThat(liveB.awaitReady(120)).isTrue();
                ApiClient api = PlatformInstances.api(a);
                PolicyDesk desk = a.getBean(PolicyDesk.class);
                tomorrow = liveA.current().day.plusDays(1);

                firm = MatchingFixtures.register(api, "明日生效测试");
                MatchingFixtures.state(api, firm, "REVENUE", "7654399");
                MatchingFixtures.publish(desk, starting, from(tomorrow, revenueOver("7654321.0")));
                MatchingFixtures.publish(desk, later, from(tomorrow.plusDays(1), revenueOver("7654321.0")));

                young = MatchingFixtures.register(api, "明日满三年测试", tomorrow.minusYears(3));
                MatchingFixtures.state(api, young, "REVENUE", "6543299");
                MatchingFixtures.publish(
                        desk,
                        ageing,
                        clause(
                                "满三年测试",
                                "ageYears >= 3 && revenue >= 6543210.0",
                                "30000.0",
                                null,
                                null,
                                example("符合", Map.of("ageYears", 3, "revenue", 6543299.0), true, "30000"),
                                example("不符合", Map.of("ageYears", 2, "revenue", 6543299.0), false, null)));
                await(
                        Duration.ofSeconds(15),
                        () -> liveB.current().clause(ageing).isPresent()
                                && liveA.current().member(young).isPresent()
                                && liveB.current().member(young).isPresent()
                                && messages(jdbc, young, ageing, "NEAR_MISS") == 1);
                Thread.sleep(1500);
                assertThat(liveA.current().clause(starting))
                        .as("not in force today")
                        .isEmpty();
                assertThat(messages(jdbc, firm, starting, "NEWLY_ELIGIBLE"))
                        .as("a version starting tomorrow is not pushed at its publication")
                        .isZero();
                assertThat(messages(jdbc, young, ageing, "NEWLY_ELIGIBLE"))
                        .as("two years old today")
                        .isZero();
                assertThat(recordedPushed(jdbc, ageing))
                        .as("pushed at its publication: tomorrow's push of it is the rebuilt copy's")
                        .isOne();
                assertThat(recordedPushed(jdbc, starting)).isZero();

                clock.advance(Duration.ofDays(1));

                await(
                        Duration.ofSeconds(15),
                        () -> liveA.current().day.equals(tomorrow)
                                && liveB.current().day.equals(tomorrow));
                await(Duration.ofSeconds(15), () -> messages(jdbc, firm, starting, "NEWLY_ELIGIBLE") == 1);
                await(Duration.ofSeconds(15), () -> messages(jdbc, young, ageing, "NEWLY_ELIGIBLE") == 1);
                Thread.sleep(2500);
                assertThat(messages(jdbc, firm, starting, "NEWLY_ELIGIBLE"))
                        .as("both instances built the new day's copy; the version reached the firm once")
                        .isEqualTo(1);
                assertThat(messages(jdbc, young, ageing, "NEWLY_ELIGIBLE"))
                        .as("the age crossed overnight, told once")
                        .isEqualTo(1);
                assertThat(messages(jdbc, firm, later, "NEWLY_ELIGIBLE")).isZero();
                assertThat(recordedPushed(jdbc, starting)).isOne();
            }

            clock.advance(Duration.ofDays(1));
            try (ConfigurableApplicationContext again = PlatformInstances.start(database, homeA, clock)) {
                assertThat(again.getBean(LiveMatcher.class).awaitReady(120)).isTrue();
                await(Duration.ofSeconds(15), () -> messages(jdbc, firm, later, "NEWLY_ELIGIBLE") == 1);
                Thread.sleep(1500);
                assertThat(messages(jdbc, firm, starting, "NEWLY_ELIGIBLE"))
                        .as("the restart pushes only what came into force meanwhile")
                        .isEqualTo(1);
                assertThat(messages(jdbc, young, ageing, "NEWLY_ELIGIBLE")).isEqualTo(1);
            }
        }
    }

    /** Whether the coming into force of the clause's version 1 is recorded as pushed. */
    private static int recordedPushed(JdbcClient jdbc, String clauseId) {
        return jdbc.sql("select count(*) from policy_version_pushed where clause_id = ? and clause_version = 1")
                .param(clauseId)
                .query(Integer.class)
                .single();
    }

    private static ClauseContent revenueOver(String threshold) {
        return clause(
                "明日生效测试",
                "revenue >= " + threshold,
                "20000.0",
                null,
                null,
                example("符合", Map.of("revenue", 9000000.0), true, "20000"),
                example("不符合", Map.of("revenue", 1.0), false, null));
    }

    /** The clause's text in force from {@code day} on. */
    private static ClauseContent from(LocalDate day, ClauseContent c) {
        return new ClauseContent(
                c.titleZh(),
                c.titleEn(),
                c.summaryZh(),
                c.summaryEn(),
                c.eligibility(),
                c.amount(),
                c.cap(),
                c.budget(),
                day,
                c.validUntil(),
                c.applyFrom(),
                c.applyUntil(),
                c.mode(),
                c.materials(),
                c.reviewStages(),
                c.legalBasis(),
                c.contact(),
                c.illustrative(),
                c.examples());
    }
}
