package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.parkDepartmentFinance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Review through the API: the park, the department and finance act in turn from their queues, each stage due on the
 * working-day calendar, and the timeline says who acted when on which stage, by when it was due and what came of it;
 * reviewers of another department or park are refused and nothing changes; an amount over the cap is refused naming
 * it; a rejection cites a condition of the rules engine's explanation; a returned case is resubmitted and its stage
 * begins again; the last approval reserves the budget, and one the budget cannot cover is a conflict naming it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseReviewTests {

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MaterialLibrary library;

    @Autowired
    Callers callers;

    ApiClient api;
    World world;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        world = FulfillmentFixtures.world(api, desk, 2500);
    }

    /** Files an application for {@code clause} and returns its case's id. */
    long file(String clause) {
        var filed = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clause),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().at("/cases/0/id").asLong();
    }

    ApiClient.Response act(String user, long caseId, String action, String body) {
        return api.post("/api/v1/cases/" + caseId + "/" + action, world.auth(user), body);
    }

    JsonNode detail(long caseId) {
        var read = api.get("/api/v1/cases/" + caseId, world.auth(world.enterprise()));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    List<Long> queue(String user) {
        List<Long> ids = new ArrayList<>();
        api.get("/api/v1/review/queue?size=200", world.auth(user))
                .json()
                .forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    @Test
    void parkDepartmentAndFinanceApproveInTurnAndTheTimelineSaysWhoWhenAndDue() throws InterruptedException {
        String clause = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "AWARD",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                new BigDecimal("1000000"),
                parkDepartmentFinance());
        long id = file(clause);
        LocalDate today = RegistryTime.today();

        assertThat(queue(world.operator())).contains(id);
        assertThat(queue(world.reviewer())).doesNotContain(id);
        var parked = act(world.operator(), id, "approve", "{\"note\":\"园区核实在园\"}");
        assertThat(parked.status()).as(parked.body()).isEqualTo(200);
        assertThat(parked.json().get("stageRole").asText()).isEqualTo("DEPARTMENT");
        assertThat(parked.json().get("stageDue").asText())
                .isEqualTo(calendar.addWorkingDays(today, 10).toString());
        assertThat(queue(world.operator())).doesNotContain(id);
        assertThat(queue(world.reviewer())).contains(id);

        var reviewed = act(world.reviewer(), id, "approve", "{\"amount\":150000.00}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("stageRole").asText()).isEqualTo("FINANCE");
        assertThat(queue(world.finance())).contains(id);

        var paid = act(world.finance(), id, "approve", "{}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("state").asText()).isEqualTo("APPROVED");
        assertThat(paid.json().get("approvedAmount").decimalValue()).isEqualByComparingTo("150000");
        assertThat(queue(world.finance())).doesNotContain(id);

        JsonNode timeline = detail(id).get("timeline");
        List<String> kinds = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        timeline.forEach(t -> {
            kinds.add(t.at("/step/kind").asText());
            actors.add(t.at("/step/actor").asText());
        });
        assertThat(kinds).containsExactly("SUBMITTED", "PASSED", "PASSED", "APPROVED");
        assertThat(actors).containsExactly(world.enterprise(), world.operator(), world.reviewer(), world.finance());
        JsonNode park = timeline.get(1).get("step");
        assertThat(park.get("stageZh").asText()).isEqualTo("园区初审");
        assertThat(park.get("dueOn").asText())
                .isEqualTo(calendar.addWorkingDays(today, 5).toString());
        assertThat(park.get("workingDays").asInt()).isZero();
        assertThat(park.get("note").asText()).isEqualTo("园区核实在园");
        assertThat(park.has("actedAt")).isTrue();
        assertThat(timeline.get(3).at("/step/amount").decimalValue()).isEqualByComparingTo("150000");
        var budget = api.get("/api/v1/budgets/" + clause, world.auth(world.finance()))
                .json();
        assertThat(budget.get("reserved").decimalValue()).isEqualByComparingTo("150000");
        assertThat(budget.get("left").decimalValue()).isEqualByComparingTo("850000");
        assertThat(api.get("/api/v1/budgets/" + clause, world.auth(world.enterprise()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void reviewersOfAnotherDepartmentOrParkAreRefusedAndNothingChanges() throws InterruptedException {
        String clause = FulfillmentFixtures.clause(
                desk, live, world, "SCOPED", "revenue >= 100.0", null, null, parkDepartmentFinance());
        long id = file(clause);
        int revision = detail(id).at("/reviewCase/revision").asInt();

        assertThat(act(world.otherOperator(), id, "approve", "{}").status()).isEqualTo(403);
        assertThat(act(world.reviewer(), id, "approve", "{}").status())
                .as("the department waits for the park")
                .isEqualTo(403);
        assertThat(act(world.operator(), id, "approve", "{}").status()).isEqualTo(200);
        assertThat(act(world.outsider(), id, "approve", "{}").status()).isEqualTo(403);
        assertThat(act(world.outsider(), id, "return", "{\"note\":\"缺材料\"}").status())
                .isEqualTo(403);
        assertThat(act(world.enterprise(), id, "approve", "{}").status()).isEqualTo(403);
        assertThat(queue(world.outsider())).doesNotContain(id);

        JsonNode after = detail(id);
        assertThat(after.at("/reviewCase/revision").asInt()).isEqualTo(revision + 1);
        assertThat(after.at("/reviewCase/stageRole").asText()).isEqualTo("DEPARTMENT");
        assertThat(after.get("timeline")).hasSize(2);
    }

    @Test
    void anAmountOverTheCapIsRefusedNamingTheAmount() throws InterruptedException {
        String clause = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "CAPPED",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                null,
                List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)));
        long id = file(clause);

        var over = act(world.reviewer(), id, "approve", "{\"amount\":200000.01}");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().at("/errors/0/field").asText()).isEqualTo("amount");
        assertThat(over.json().at("/errors/0/reason").asText())
                .contains("200,000.01")
                .contains("200,000.00");
        var fraction = act(world.reviewer(), id, "approve", "{\"amount\":1.001}");
        assertThat(fraction.json().at("/errors/0/field").asText()).isEqualTo("amount");
        assertThat(detail(id).at("/reviewCase/state").asText()).isEqualTo("IN_REVIEW");

        var exact = act(world.reviewer(), id, "approve", "{\"amount\":200000}");
        assertThat(exact.status()).as(exact.body()).isEqualTo(200);
        assertThat(exact.json().get("approvedAmount").decimalValue()).isEqualByComparingTo("200000");
    }

    @Test
    void aRejectionCitesAConditionOfTheRulesEnginesExplanation() throws InterruptedException {
        String clause = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "CITED",
                "revenue >= 100.0",
                null,
                null,
                List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)));
        long id = file(clause);
        var explanation = api.get("/api/v1/cases/" + id + "/explanation", world.auth(world.reviewer()));
        assertThat(explanation.status()).as(explanation.body()).isEqualTo(200);
        String line = explanation.json().at("/conditions/0/zh").asText();
        assertThat(line).contains("营业收入");

        var uncited = act(world.reviewer(), id, "reject", "{\"note\":\"审计报告显示营收不足\"}");
        assertThat(uncited.status()).isEqualTo(400);
        assertThat(uncited.json().at("/errors/0/field").asText()).isEqualTo("condition");
        var unknown = act(world.reviewer(), id, "reject", "{\"condition\":7,\"note\":\"x\"}");
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("condition");

        var rejected = act(world.reviewer(), id, "reject", "{\"condition\":0,\"note\":\"审计报告显示营收不足\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
        JsonNode step = detail(id).at("/timeline/1/step");
        assertThat(step.get("kind").asText()).isEqualTo("REJECTED");
        assertThat(step.get("conditionZh").asText()).isEqualTo(line);
        assertThat(step.get("note").asText()).isEqualTo("审计报告显示营收不足");
        assertThat(file(clause))
                .as("a rejected clause may be applied for again")
                .isNotEqualTo(id);
    }

    @Test
    void aReturnedCaseIsResubmittedAndItsStageBeginsAgain() throws InterruptedException {
        String clause = FulfillmentFixtures.clause(
                desk, live, world, "RETURNED", "revenue >= 100.0", null, null, parkDepartmentFinance());
        long id = file(clause);
        var back = act(world.operator(), id, "return", "{\"note\":\"请补充审计报告\"}");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("state").asText()).isEqualTo("RETURNED");
        assertThat(back.json().has("stageDue")).isFalse();
        assertThat(queue(world.operator())).doesNotContain(id);
        assertThat(act(world.operator(), id, "approve", "{}").status()).isEqualTo(409);
        assertThat(act(world.otherOperator(), id, "resubmit", "{}").status()).isEqualTo(404);

        long report = FulfillmentFixtures.upload(library, callers, world, "AUDIT_REPORT", true);
        var again = act(world.enterprise(), id, "resubmit", """
                {"note":"已补充","materials":[{"name":"审计报告","materialId":%d}]}""".formatted(report));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(again.json().get("stageRole").asText()).isEqualTo("PARK");
        assertThat(again.json().get("stageDue").asText())
                .isEqualTo(calendar.addWorkingDays(RegistryTime.today(), 5).toString());
        assertThat(queue(world.operator())).contains(id);
        JsonNode detail = detail(id);
        assertThat(detail.at("/materials/1/materialId").asLong()).isEqualTo(report);
        assertThat(detail.at("/materials/0").has("materialId")).isFalse();
        List<String> kinds = new ArrayList<>();
        detail.get("timeline").forEach(t -> kinds.add(t.at("/step/kind").asText()));
        assertThat(kinds).containsExactly("SUBMITTED", "RETURNED", "RESUBMITTED");
    }

    @Test
    void anApprovalTheBudgetCannotCoverIsAConflictNamingTheBudget() throws InterruptedException {
        String clause = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "SMALL",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                new BigDecimal("300000"),
                List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)));
        long first = file(clause);
        assertThat(act(world.reviewer(), first, "approve", "{\"amount\":200000}")
                        .status())
                .isEqualTo(200);
        World second = FulfillmentFixtures.world(api, desk, 2500);
        FulfillmentFixtures.departments(api, second.reviewer(), world.department());
        FulfillmentFixtures.await(() -> live.matches(second.creditCode()).qualified().stream()
                .anyMatch(m -> m.clauseId().equals(clause)));
        var filed = api.post(
                "/api/v1/enterprises/" + second.creditCode() + "/applications",
                second.auth(second.enterprise()),
                application(clause),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        long other = filed.json().at("/cases/0/id").asLong();

        var refused = act(world.reviewer(), other, "approve", "{\"amount\":150000}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("budget");
        assertThat(refused.json().at("/errors/0/reason").asText())
                .contains(clause)
                .contains("100,000.00");
        assertThat(api.get("/api/v1/cases/" + other, second.auth(second.enterprise()))
                        .json()
                        .at("/reviewCase/state")
                        .asText())
                .isEqualTo("IN_REVIEW");
        assertThat(act(world.reviewer(), other, "approve", "{\"amount\":100000}")
                        .status())
                .isEqualTo(200);
        var budget = api.get("/api/v1/budgets/" + clause, world.auth(world.reviewer()))
                .json();
        assertThat(budget.get("reserved").decimalValue()).isEqualByComparingTo("300000");
        assertThat(budget.get("approvals").asInt()).isEqualTo(2);
    }

    @Test
    void theQueueListsTheSoonestDueFirst() throws InterruptedException {
        String slow = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "SLOW",
                "revenue >= 100.0",
                null,
                null,
                List.of(new ReviewStage("部门审核", "department review", 30, StageRole.DEPARTMENT)));
        String quick = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "FAST",
                "revenue >= 100.0",
                null,
                null,
                List.of(new ReviewStage("部门审核", "department review", 3, StageRole.DEPARTMENT)));
        long filedFirst = file(slow);
        long filedLater = file(quick);

        assertThat(queue(world.reviewer())).containsExactly(filedLater, filedFirst);
    }
}
