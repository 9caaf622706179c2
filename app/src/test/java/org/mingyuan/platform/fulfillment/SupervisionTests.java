package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
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
 * The supervisor's figures over cases approved through the review flow: fulfilment rates by amount and by count and
 * the days from application to cash (median, p90, mean) per department, park and policy, budget use with what was paid,
 * the ratings per level without upheld appeals, and the late follow-ups; every table in the XLSX export; only
 * supervisors and administrators read them, and a bad filter is refused naming the parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisionTests {

    static final String SUPERVISOR = ApiClient.basic("supervisor", "demo");

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    World world;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        world = FulfillmentFixtures.world(api, desk, 2500);
    }

    String filter() {
        return "?department=" + URLEncoder.encode(world.department(), StandardCharsets.UTF_8);
    }

    /** Files one application for {@code clauses}, approves each case at its amount, and returns the case ids. */
    List<Long> approved(List<String> clauses, List<String> amounts) {
        var filed = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clauses.toArray(String[]::new)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            long id = filed.json().at("/cases/" + i + "/id").asLong();
            var approved = api.post(
                    "/api/v1/cases/" + id + "/approve",
                    world.auth(world.reviewer()),
                    "{\"amount\":" + amounts.get(i) + "}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            ids.add(id);
        }
        return ids;
    }

    /** Arranges the payouts module's state: the case paid {@code amount} on {@code paidOn}. */
    void arrangePaid(long caseId, String amount, LocalDate paidOn) {
        jdbc.sql("update fulfillment_case set state = 'PAID', paid_amount = ?, paid_on = ?, closed_at = ? where id = ?")
                .params(new BigDecimal(amount), Date.valueOf(paidOn), Timestamp.from(Instant.now()), caseId)
                .update();
    }

    /** Arranges the ratings module's state: the enterprise rated the case {@code level}. */
    void arrangeRating(long caseId, int level, LocalDate followUpDue, boolean answered, String appealOutcome) {
        jdbc.sql(
                        "insert into fulfillment_rating (case_id, enterprise_id, department, level, rated_by, rated_at,"
                                + " follow_up_due, follow_up_answer, followed_up_by, followed_up_at, appeal_outcome)"
                                + " select id, enterprise_id, department, ?, ?, ?, ?, ?, ?, ?, ? from fulfillment_case where id = ?")
                .params(
                        level,
                        world.enterprise(),
                        Timestamp.from(Instant.now()),
                        followUpDue == null ? null : Date.valueOf(followUpDue),
                        answered ? "已回访" : null,
                        answered ? world.reviewer() : null,
                        answered ? Timestamp.from(Instant.now()) : null,
                        appealOutcome,
                        caseId)
                .update();
    }

    /** True for a value the API left out or wrote as null: "—" on the page. */
    static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    LocalDate appliedOn(long caseId) {
        Timestamp at = jdbc.sql("select a.submitted_at from fulfillment_case c join fulfillment_application a"
                        + " on a.id = c.application_id where c.id = ?")
                .param(caseId)
                .query(Timestamp.class)
                .single();
        return RegistryTime.dayOf(at.toInstant());
    }

    @Test
    void ratesTimeToCashBudgetsRatingsAndLateFollowUpsOfADepartment() throws Exception {
        List<ReviewStage> oneStage = List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT));
        List<String> clauses = new ArrayList<>();
        clauses.add(FulfillmentFixtures.clause(
                desk, live, world, "BUDGETED", "revenue >= 100.0", null, new BigDecimal("100000"), oneStage));
        for (String name : List.of("SECOND", "THIRD", "FOURTH")) {
            clauses.add(FulfillmentFixtures.clause(desk, live, world, name, "revenue >= 100.0", null, null, oneStage));
        }
        List<Long> cases = approved(clauses, List.of("1000", "2000", "3000", "4000"));

        JsonNode before = api.get("/api/v1/supervision" + filter(), SUPERVISOR).json();
        assertThat(before.at("/total/approvedCount").asInt()).isEqualTo(4);
        assertThat(before.at("/total/paidCount").asInt()).isZero();
        assertThat(before.at("/total/rateByCount").decimalValue()).isEqualByComparingTo("0");
        assertThat(absent(before.at("/total/medianDays"))).isTrue();

        LocalDate applied = appliedOn(cases.get(0));
        arrangePaid(cases.get(0), "1000", applied.plusDays(10));
        arrangePaid(cases.get(1), "2000", applied.plusDays(40));
        arrangePaid(cases.get(2), "3000", applied.plusDays(20));
        LocalDate longAgo = RegistryTime.today().minusDays(30);
        arrangeRating(cases.get(0), 5, null, false, null);
        arrangeRating(cases.get(1), 2, longAgo, false, null);
        arrangeRating(cases.get(2), 1, longAgo, false, "UPHELD");
        arrangeRating(cases.get(3), 2, longAgo, true, null);

        var read = api.get("/api/v1/supervision" + filter(), SUPERVISOR);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode report = read.json();
        for (JsonNode line : List.of(
                report.get("total"), report.at("/byDepartment/0"), report.at("/byPark/0"), report.at("/byPolicy/0"))) {
            assertThat(line.get("approvedCount").asInt()).isEqualTo(4);
            assertThat(line.get("approvedAmount").decimalValue()).isEqualByComparingTo("10000");
            assertThat(line.get("paidCount").asInt()).isEqualTo(3);
            assertThat(line.get("paidAmount").decimalValue()).isEqualByComparingTo("6000");
            assertThat(line.get("rateByCount").decimalValue()).isEqualByComparingTo("0.75");
            assertThat(line.get("rateByAmount").decimalValue()).isEqualByComparingTo("0.6");
            assertThat(line.get("medianDays").decimalValue()).isEqualByComparingTo("20");
            assertThat(line.get("p90Days").asLong()).isEqualTo(40);
            assertThat(line.get("meanDays").decimalValue()).isEqualByComparingTo("23.3");
        }
        assertThat(report.get("byDepartment")).hasSize(1);
        assertThat(report.at("/byDepartment/0/key").asText()).isEqualTo(world.department());
        assertThat(report.at("/byPark/0/key").asLong()).isEqualTo(world.parkId());
        assertThat(report.at("/byPolicy/0/key").asLong()).isEqualTo(world.policyId());
        assertThat(report.at("/byPolicy/0/labelZh").asText()).startsWith("办理测试政策 ");

        assertThat(report.get("budgets")).hasSize(4);
        JsonNode budget = null;
        for (JsonNode b : report.get("budgets")) {
            if (b.get("clauseId").asText().equals(clauses.get(0))) {
                budget = b;
            }
        }
        assertThat(budget).isNotNull();
        assertThat(budget.get("total").decimalValue()).isEqualByComparingTo("100000");
        assertThat(budget.get("reserved").decimalValue()).isEqualByComparingTo("1000");
        assertThat(budget.get("paid").decimalValue()).isEqualByComparingTo("1000");
        assertThat(budget.get("left").decimalValue()).isEqualByComparingTo("99000");

        assertThat(report.get("ratings")).hasSize(1);
        assertThat(report.at("/ratings/0/department").asText()).isEqualTo(world.department());
        assertThat(report.at("/ratings/0/counts").toString()).isEqualTo("[0,2,0,0,1]");
        assertThat(report.get("followUps")).hasSize(1);
        assertThat(report.at("/followUps/0/caseId").asLong()).isEqualTo(cases.get(1));
        assertThat(report.at("/followUps/0/workingDaysOverdue").asInt()).isPositive();

        JsonNode later = api.get("/api/v1/supervision" + filter() + "&from=" + applied.plusDays(1), SUPERVISOR)
                .json();
        assertThat(later.at("/total/approvedCount").asInt()).isZero();
        assertThat(absent(later.at("/total/rateByCount"))).isTrue();
        assertThat(absent(later.at("/total/rateByAmount"))).isTrue();
        assertThat(later.get("byDepartment")).isEmpty();
        assertThat(later.get("ratings")).isEmpty();

        var sheet = api.bytes("/api/v1/supervision/export.xlsx" + filter(), SUPERVISOR);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(sheet.body()))) {
            Map<String, List<Row>> sheets = new java.util.HashMap<>();
            workbook.getSheets().forEach(s -> {
                try {
                    sheets.put(s.getName(), s.read());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(sheets)
                    .containsKeys(
                            "overdue",
                            "overdue-by-department",
                            "overdue-follow-ups",
                            "fulfilment-by-policy",
                            "fulfilment-by-park",
                            "fulfilment-by-department",
                            "fulfilment-total",
                            "budgets",
                            "ratings");
            List<Row> byDepartment = sheets.get("fulfilment-by-department");
            assertThat(byDepartment).hasSize(2);
            assertThat(byDepartment.get(0).getCellText(5)).isEqualTo("按金额兑现率 (Rate by amount)");
            assertThat(byDepartment.get(1).getCellText(0)).isEqualTo(world.department());
            assertThat(byDepartment.get(1).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("4");
            assertThat(byDepartment.get(1).getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("0.6");
            assertThat(byDepartment.get(1).getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("23.3");
            assertThat(sheets.get("budgets")).hasSize(5);
            assertThat(sheets.get("overdue-follow-ups")).hasSize(2);
            assertThat(sheets.get("overdue-follow-ups")
                            .get(1)
                            .getCellAsNumber(0)
                            .orElseThrow())
                    .isEqualByComparingTo(BigDecimal.valueOf(cases.get(1)));
            List<Row> ratings = sheets.get("ratings");
            assertThat(ratings).hasSize(2);
            assertThat(ratings.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("2");
            assertThat(ratings.get(1).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("3");
        }
    }

    @Test
    void onlySupervisorsAndAdministratorsReadTheFigures() {
        for (String refused : List.of(
                world.auth(world.reviewer()),
                world.auth(world.finance()),
                world.auth(world.enterprise()),
                world.auth(world.operator()),
                FulfillmentFixtures.OFFICER)) {
            assertThat(api.get("/api/v1/supervision", refused).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/supervision/export.xlsx", refused).status())
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/v1/supervision", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/supervision" + filter(), FulfillmentFixtures.ADMIN)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/supervision" + filter(), SUPERVISOR).status())
                .isEqualTo(200);
    }

    @Test
    void aBadFilterIsRefusedNamingEachParameter() {
        var refused = api.get(
                "/api/v1/supervision?from=2026-02-30&until=1e999999999&department=%E2%80%8B&park=-1"
                        + "&policy=99999999999999999999",
                SUPERVISOR);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("from", "until", "department", "park", "policy");

        var backwards = api.get("/api/v1/supervision?from=2026-10-08&until=2026-10-07", SUPERVISOR);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().at("/errors/0/field").asText()).isEqualTo("until");
        var tooLong = api.get("/api/v1/supervision?department=" + "局".repeat(201), SUPERVISOR);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("department");
        var farAway = api.get("/api/v1/supervision?until=1899-12-31", SUPERVISOR);
        assertThat(farAway.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/supervision/export.xlsx?park=x", SUPERVISOR).status())
                .isEqualTo(400);
    }
}
