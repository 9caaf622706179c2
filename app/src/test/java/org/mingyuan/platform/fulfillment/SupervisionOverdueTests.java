package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.MovableClock;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.policy.matching.PlatformInstances;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Overdue cases on the shipped 2026 calendar, with the platform clock moved to each day: cases filed and reviewed
 * through the real flow in September 2026 are due on the last working day before National Day (30 September), on the
 * Friday before the make-up Saturday 10 October, and on a Friday before a weekend. Each appears in the supervisor's
 * overdue list on the first working day after its due date — not during the holiday, on the make-up Saturday, not on
 * the weekend — with the working days it is overdue, grouped per department and stage.
 */
class SupervisionOverdueTests {

    static final String SUPERVISOR = ApiClient.basic("supervisor", "demo");

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCasePastItsDeadlineIsListedOnTheNextWorkingDay(String kind) throws Exception {
        MovableClock clock = new MovableClock();
        at(clock, LocalDate.of(2026, 9, 23));
        try (FreshDatabase database = FreshDatabase.of(kind, "supervision");
                ConfigurableApplicationContext platform = PlatformInstances.start(database, home, clock)) {
            LiveMatcher live = platform.getBean(LiveMatcher.class);
            FulfillmentFixtures.await(live::ready);
            ApiClient api = PlatformInstances.api(platform);
            PolicyDesk desk = platform.getBean(PolicyDesk.class);

            World first = FulfillmentFixtures.world(api, desk, 2500);
            String beforeHoliday = clause(desk, live, first, "HOLIDAY", stage("部门审核", "department review", 4));
            String beforeMakeUp = clause(
                    desk,
                    live,
                    first,
                    "MAKEUP",
                    List.of(
                            new ReviewStage("园区初审", "park review", 1, StageRole.PARK),
                            new ReviewStage("部门审核", "department review", 5, StageRole.DEPARTMENT)));
            World second = FulfillmentFixtures.world(api, desk, 2500);
            String beforeWeekend = clause(desk, live, second, "WEEKEND", stage("部门复核", "department check", 12));
            List<Long> firstCases = file(api, first, beforeHoliday, beforeMakeUp);
            long holidayCase = firstCases.get(0);
            long makeUpCase = firstCases.get(1);
            long weekendCase = file(api, second, beforeWeekend).get(0);

            at(clock, LocalDate.of(2026, 9, 24));
            var passed = api.post("/api/v1/cases/" + makeUpCase + "/approve", first.auth(first.operator()), "{}");
            assertThat(passed.status()).as(passed.body()).isEqualTo(200);
            assertThat(passed.json().get("stageDue").asText()).isEqualTo("2026-10-09");
            assertThat(due(api, first, holidayCase)).isEqualTo("2026-09-30");
            assertThat(due(api, second, weekendCase)).isEqualTo("2026-10-16");

            for (LocalDate day :
                    List.of(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))) {
                at(clock, day);
                assertThat(overdue(api, null)).as("on %s", day).isEmpty();
            }

            at(clock, LocalDate.of(2026, 10, 8));
            assertThat(overdue(api, null))
                    .as("first working day after National Day")
                    .containsExactly(Map.entry(holidayCase, 1));

            for (LocalDate day : List.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 11))) {
                at(clock, day);
                assertThat(overdue(api, null))
                        .as("the make-up Saturday is a working day; %s", day)
                        .containsExactly(Map.entry(holidayCase, 3), Map.entry(makeUpCase, 1));
            }

            for (LocalDate day : List.of(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 18))) {
                at(clock, day);
                assertThat(overdue(api, null)).as("weekend %s", day).doesNotContainKey(weekendCase);
            }

            at(clock, LocalDate.of(2026, 10, 19));
            assertThat(overdue(api, null))
                    .containsExactly(Map.entry(holidayCase, 9), Map.entry(makeUpCase, 7), Map.entry(weekendCase, 1));
            assertThat(overdue(api, second.department())).containsExactly(Map.entry(weekendCase, 1));

            JsonNode report = api.get("/api/v1/supervision", SUPERVISOR).json();
            assertThat(report.get("today").asText()).isEqualTo("2026-10-19");
            assertThat(report.get("overdueGroups")).hasSize(2);
            JsonNode firstGroup = group(report, first.department());
            assertThat(firstGroup.get("stageRole").asText()).isEqualTo("DEPARTMENT");
            assertThat(firstGroup.get("stageZh").asText()).isEqualTo("部门审核");
            assertThat(firstGroup.get("cases").asInt()).isEqualTo(2);
            assertThat(firstGroup.get("mostWorkingDaysOverdue").asInt()).isEqualTo(9);
            JsonNode secondGroup = group(report, second.department());
            assertThat(secondGroup.get("cases").asInt()).isEqualTo(1);
            assertThat(secondGroup.get("stageEn").asText()).isEqualTo("department check");
        }
    }

    /** Moves the clock to 10:00 China Standard Time on {@code day}. */
    static void at(MovableClock clock, LocalDate day) {
        clock.moveTo(day.atTime(LocalTime.of(10, 0)).atZone(RegistryTime.ZONE).toInstant());
    }

    static List<ReviewStage> stage(String nameZh, String nameEn, int workingDays) {
        return List.of(new ReviewStage(nameZh, nameEn, workingDays, StageRole.DEPARTMENT));
    }

    /**
     * Publishes a clause of the world's policy for enterprises a year old or more — a fact of the enterprise's
     * registration, known on any day the clock is moved to — granting 10,000 yuan.
     */
    static String clause(PolicyDesk desk, LiveMatcher live, World world, String name, List<ReviewStage> stages)
            throws InterruptedException {
        String clauseId = "SUPERVISION-" + FulfillmentFixtures.suffix() + "-" + name;
        desk.addClause(
                FulfillmentFixtures.OFFICER_CALLER,
                world.policyId(),
                clauseId,
                new ClauseContent(
                        "督查测试条款 " + name,
                        "Supervision test clause " + name,
                        "按成立年限给予奖励。",
                        "An award by age.",
                        "ageYears >= 1",
                        "10000.0",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ClauseMode.APPLY,
                        List.of("营业执照"),
                        stages,
                        "测试条款",
                        "021-00000000",
                        List.of("amount"),
                        List.of(
                                new ExampleCase("成立 3 年", null, Map.of("ageYears", 3), true, new BigDecimal("10000")),
                                new ExampleCase("新成立", null, Map.of("ageYears", 0), false, null))));
        desk.publish(FulfillmentFixtures.OFFICER_CALLER, clauseId, true);
        FulfillmentFixtures.await(() -> live.ready()
                && live.matches(world.creditCode()).qualified().stream()
                        .anyMatch(m -> m.clauseId().equals(clauseId)));
        return clauseId;
    }

    static List<Long> file(ApiClient api, World world, String... clauses) {
        var filed = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clauses),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        List<Long> ids = new java.util.ArrayList<>();
        filed.json().get("cases").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    static String due(ApiClient api, World world, long caseId) {
        return api.get("/api/v1/cases/" + caseId, world.auth(world.enterprise()))
                .json()
                .at("/reviewCase/stageDue")
                .asText();
    }

    /** The overdue list as the supervisor reads it: case id to working days overdue, in the list's order. */
    static Map<Long, Integer> overdue(ApiClient api, String department) {
        String query = department == null ? "" : "?department=" + URLEncoder.encode(department, StandardCharsets.UTF_8);
        var read = api.get("/api/v1/supervision" + query, SUPERVISOR);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        Map<Long, Integer> overdue = new LinkedHashMap<>();
        read.json()
                .get("overdue")
                .forEach(c -> overdue.put(
                        c.get("caseId").asLong(), c.get("workingDaysOverdue").asInt()));
        return overdue;
    }

    static JsonNode group(JsonNode report, String department) {
        for (JsonNode g : report.get("overdueGroups")) {
            if (g.get("department").asText().equals(department)) {
                return g;
            }
        }
        throw new AssertionError("no overdue group of " + department + " in " + report.get("overdueGroups"));
    }
}
