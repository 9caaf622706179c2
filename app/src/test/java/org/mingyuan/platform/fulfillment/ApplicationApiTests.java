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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * One-stop applications through the API: one application for two clauses opens a case per clause at its first stage
 * with its deadline on the working-day calendar, tells the enterprise, and stops the clauses' pushes; the same
 * idempotency key, repeated or sent concurrently, files exactly one application; refusals name the field and what a
 * clause lacks and write nothing; only the enterprise's own accounts apply, and another enterprise sees nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationApiTests {

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
    String revenueAward;
    String rentAward;

    @BeforeEach
    void world() throws InterruptedException {
        api = new ApiClient(port);
        world = FulfillmentFixtures.world(api, desk, 2500);
        revenueAward = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "REVENUE",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                new BigDecimal("100000000"),
                parkDepartmentFinance());
        rentAward = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "QUICK",
                "revenue >= 10.0",
                null,
                null,
                List.of(new ReviewStage("部门审核", "department review", 2, StageRole.DEPARTMENT)));
    }

    ApiClient.Response submit(String user, String key, String body) {
        return api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(user),
                body,
                Map.of("Idempotency-Key", key));
    }

    @Test
    void oneApplicationForTwoClausesOpensACasePerClauseAtItsFirstStage() {
        long licence = FulfillmentFixtures.upload(library, callers, world, "BUSINESS_LICENCE", false);
        var filed = submit(world.enterprise(), UUID.randomUUID().toString(), application(revenueAward, rentAward));

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode cases = filed.json().get("cases");
        assertThat(cases).hasSize(2);
        LocalDate today = RegistryTime.today();
        JsonNode first = cases.get(0);
        assertThat(first.get("clauseId").asText()).isEqualTo(revenueAward);
        assertThat(first.get("clauseVersion").asInt()).isEqualTo(1);
        assertThat(first.get("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(first.get("stageRole").asText()).isEqualTo("PARK");
        assertThat(first.get("stageDue").asText())
                .isEqualTo(calendar.addWorkingDays(today, 5).toString());
        assertThat(first.get("estimatedAmount").decimalValue()).isEqualByComparingTo("200000");
        assertThat(first.get("department").asText()).isEqualTo(world.department());
        JsonNode second = cases.get(1);
        assertThat(second.get("stageRole").asText()).isEqualTo("DEPARTMENT");
        assertThat(second.get("stageDue").asText())
                .isEqualTo(calendar.addWorkingDays(today, 2).toString());
        assertThat(second.get("estimatedAmount").decimalValue()).isEqualByComparingTo("250000");

        var inbox = api.get("/api/v1/enterprises/" + world.creditCode() + "/inbox", world.auth(world.enterprise()))
                .json()
                .get("messages");
        List<String> caseMessages = new ArrayList<>();
        inbox.forEach(m -> {
            if (m.get("kind").asText().equals("CASE")) {
                caseMessages.add(m.get("detailZh").asText());
            }
        });
        assertThat(caseMessages).hasSize(2).allSatisfy(text -> assertThat(text).startsWith("已受理"));
        assertThat(jdbc.sql("select count(*) from policy_push_suppressed where enterprise_id = (select enterprise_id"
                                + " from fulfillment_application where id = ?)")
                        .param(filed.json().get("id").asLong())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        var materials = api.get("/api/v1/cases/" + first.get("id").asLong(), world.auth(world.enterprise()))
                .json()
                .get("materials");
        assertThat(materials.get(0).get("name").asText()).isEqualTo("营业执照");
        assertThat(materials.get(0).get("materialId").asLong())
                .as("the licence in the library is handed in, not asked for again")
                .isEqualTo(licence);
        assertThat(materials.get(1).get("name").asText()).isEqualTo("审计报告");
        assertThat(materials.get(1).has("materialId")).isFalse();
    }

    @Test
    void theSameKeyAgainAnswersWithTheFirstApplication() {
        String key = UUID.randomUUID().toString();
        var first = submit(world.enterprise(), key, application(revenueAward));
        var again = submit(world.enterprise(), key, application(revenueAward));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());
        assertThat(applications()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefusedNamingTheKeyAndFilesNothing() {
        String key = UUID.randomUUID().toString();
        var first = submit(world.enterprise(), key, application(revenueAward));
        var other = submit(world.enterprise(), key, application(rentAward));

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(other.json().at("/errors/0/reason").asText())
                .contains(key)
                .contains(first.json().get("id").asText());
        assertThat(applications()).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsWithOneKeyFileExactlyOneApplication() throws Exception {
        String key = UUID.randomUUID().toString();
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return submit(world.enterprise(), key, application(revenueAward, rentAward));
            }));
        }
        start.countDown();
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        int created = 0;
        for (Future<ApiClient.Response> answer : answers) {
            ApiClient.Response response = answer.get();
            assertThat(response.status()).as(response.body()).isIn(200, 201);
            created += response.status() == 201 ? 1 : 0;
            ids.add(response.json().get("id").asLong());
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(ids).hasSize(1);
        assertThat(applications()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from fulfillment_case where credit_code = ?")
                        .param(world.creditCode())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aClauseTheEnterpriseMissesIsRefusedNamingItsPositionAndWhatItLacks() throws InterruptedException {
        String missed = FulfillmentFixtures.missed(desk, live, world, "revenue >= 5000.0");

        var refused =
                submit(world.enterprise(), UUID.randomUUID().toString(), application(revenueAward, missed, rentAward));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("clauses[1]");
        assertThat(errors.get(0).get("reason").asText())
                .contains(missed)
                .contains("营业收入")
                .contains("5000")
                .contains("2500");
        assertThat(applications()).isZero();
    }

    @Test
    void aMissingKeyAndBadContactAreNamedAndNothingIsFiled() {
        var noKey = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(revenueAward));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");

        var badContact =
                submit(world.enterprise(), UUID.randomUUID().toString(), """
                {"clauses":["%s","%s"],"contactName":" ","contactPhone":"call me",
                 "materials":[{"name":"身份证","materialId":1}]}""".formatted(revenueAward, revenueAward));
        assertThat(badContact.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        badContact.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("clauses[1]", "contactName", "contactPhone", "materials[0]");
        assertThat(applications()).isZero();
    }

    @Test
    void aMaterialNamedMustBeTheEnterprisesOwnUsableAndOfTheRequiredType() {
        long report = FulfillmentFixtures.upload(library, callers, world, "AUDIT_REPORT", true);
        World other = FulfillmentFixtures.world(api, desk, 2500);
        long foreign = FulfillmentFixtures.upload(library, callers, other, "BUSINESS_LICENCE", false);

        var refused =
                submit(world.enterprise(), UUID.randomUUID().toString(), """
                {"clauses":["%s"],"contactName":"张三","contactPhone":"021-5555 0000",
                 "materials":[{"name":"营业执照","materialId":%d},{"name":"营业执照","materialId":%d}]}""".formatted(revenueAward, report, foreign));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        refused.json().get("errors").forEach(e -> {
            fields.add(e.get("field").asText());
            reasons.add(e.get("reason").asText());
        });
        assertThat(fields).containsExactly("materials[0]", "materials[1]");
        assertThat(reasons.get(0)).contains("AUDIT_REPORT").contains("营业执照");
        assertThat(reasons.get(1)).contains(Long.toString(foreign)).contains("材料库");
        assertThat(applications()).isZero();

        var filed = submit(world.enterprise(), UUID.randomUUID().toString(), """
                {"clauses":["%s"],"contactName":"张三","contactPhone":"021-5555 0000",
                 "materials":[{"name":"审计报告","materialId":%d}]}""".formatted(revenueAward, report));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }

    @Test
    void onlyTheEnterpriseAppliesAndAnotherEnterpriseSeesNothing() throws InterruptedException {
        World other = FulfillmentFixtures.world(api, desk, 2500);
        var filed = submit(world.enterprise(), UUID.randomUUID().toString(), application(revenueAward));
        long caseId = filed.json().at("/cases/0/id").asLong();
        long applicationId = filed.json().get("id").asLong();

        assertThat(submit(other.enterprise(), UUID.randomUUID().toString(), application(revenueAward))
                        .status())
                .isEqualTo(404);
        assertThat(submit(world.reviewer(), UUID.randomUUID().toString(), application(revenueAward))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + caseId, other.auth(other.enterprise()))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + applicationId, other.auth(other.enterprise()))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/enterprises/" + world.creditCode() + "/cases", other.auth(other.enterprise()))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + caseId, world.auth(world.enterprise()))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + caseId, world.auth(world.operator()))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/cases/" + caseId, world.auth(world.otherOperator()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theFormOffersTheClausesOpenTodayWithTheFactsTheyRead() {
        var form = api.get(
                "/api/v1/enterprises/" + world.creditCode() + "/applications/form", world.auth(world.enterprise()));

        assertThat(form.status()).as(form.body()).isEqualTo(200);
        List<String> offered = new ArrayList<>();
        form.json().get("clauses").forEach(c -> offered.add(c.get("clauseId").asText()));
        assertThat(offered).contains(revenueAward, rentAward);
        JsonNode conditions = form.json().at("/clauses/" + offered.indexOf(revenueAward) + "/conditions");
        assertThat(conditions.get(0).get("zh").asText()).contains("营业收入").contains("2500");
        assertThat(conditions.get(0).get("met").asBoolean()).isTrue();
        assertThat(form.json().get("materials"))
                .extracting(m -> m.get("name").asText())
                .containsExactly("营业执照", "审计报告");

        submit(world.enterprise(), UUID.randomUUID().toString(), application(revenueAward));
        List<String> afterwards = new ArrayList<>();
        api.get("/api/v1/enterprises/" + world.creditCode() + "/applications/form", world.auth(world.enterprise()))
                .json()
                .get("clauses")
                .forEach(c -> afterwards.add(c.get("clauseId").asText()));
        assertThat(afterwards)
                .as("a clause under way is not offered again")
                .contains(rentAward)
                .doesNotContain(revenueAward);
    }

    private long applications() {
        return jdbc.sql("select count(*) from fulfillment_application where credit_code = ?")
                .param(world.creditCode())
                .query(Long.class)
                .single();
    }
}
