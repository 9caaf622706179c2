package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.identity.Role;
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
 * Payouts one by one through the API: finance of the department pays an approved case once, with the amount public in
 * the ledger entry and what was not paid released from the budget; an amount over the approval, a day in the future
 * or before the approval, a voucher taken or unprintable are refused naming the field and change nothing; finance of
 * another department and the enterprise are refused; two payouts recorded at once pay once. Claw-backs of a paid case
 * and their recoveries, never beyond what is owed, are steps the enterprise sees.
 */
// Public notice is off here so an approved award is payable at once; PublicNoticeTests covers the notice.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mingyuan.fulfillment.notice-working-days=0")
class PayoutTests {

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

    /** A published clause of the world's policy with one department stage, a cap of 200,000 and a budget. */
    static String clause(PolicyDesk desk, LiveMatcher live, World world, String name) throws InterruptedException {
        return FulfillmentFixtures.clause(
                desk,
                live,
                world,
                name,
                "revenue >= 100.0",
                new BigDecimal("200000"),
                new BigDecimal("10000000"),
                List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)));
    }

    /** Files one application for {@code clauses} and approves each case at 150,000; returns the cases' ids. */
    static List<Long> approved(ApiClient api, World world, String... clauses) {
        var filed = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clauses),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        List<Long> ids = new ArrayList<>();
        filed.json().get("cases").forEach(c -> ids.add(c.get("id").asLong()));
        for (long id : ids) {
            var approved = api.post(
                    "/api/v1/cases/" + id + "/approve", world.auth(world.reviewer()), "{\"amount\":150000.00}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        }
        return ids;
    }

    ApiClient.Response pay(String user, long id, String body) {
        return api.post("/api/v1/cases/" + id + "/payout", world.auth(user), body);
    }

    static String payout(String amount, LocalDate day, String voucher) {
        return "{\"amount\":%s,\"paidOn\":\"%s\",\"voucherNo\":\"%s\"}".formatted(amount, day, voucher);
    }

    String state(long id) {
        return api.get("/api/v1/cases/" + id, world.auth(world.enterprise()))
                .json()
                .at("/reviewCase/state")
                .asText();
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    List<Long> payable(String user) {
        var listed = api.get("/api/v1/payouts/payable?size=200", world.auth(user));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        listed.json().forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    @Test
    void financePaysOnceAndThePaidAmountIsPublicAndTheRestOfTheReservationReleased() throws Exception {
        String clause = clause(desk, live, world, "PAY");
        long id = approved(api, world, clause).get(0);
        LocalDate today = RegistryTime.today();
        assertThat(payable(world.finance())).contains(id);

        var paid = pay(world.finance(), id, payout("120000.50", today, "GK-" + id));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("state").asText()).isEqualTo("PAID");
        assertThat(paid.json().get("paidAmount").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(paid.json().get("paidOn").asText()).isEqualTo(today.toString());
        assertThat(paid.json().has("closedAt")).isTrue();
        assertThat(payable(world.finance())).doesNotContain(id);

        var again = pay(world.finance(), id, payout("1", today, "GK-AGAIN-" + id));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().at("/errors/0/field").asText()).isEqualTo("case");

        var budget = api.get("/api/v1/budgets/" + clause, world.auth(world.finance()))
                .json();
        assertThat(budget.get("reserved").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(budget.get("paid").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(budget.get("payouts").asInt()).isEqualTo(1);
        var payoutRead = api.get("/api/v1/cases/" + id + "/payout", world.auth(world.enterprise()));
        assertThat(payoutRead.status()).as(payoutRead.body()).isEqualTo(200);
        assertThat(payoutRead.json().get("voucherNo").asText()).isEqualTo("GK-" + id);

        List<JsonNode> timeline = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            timeline.clear();
            api.get("/api/v1/cases/" + id, world.auth(world.enterprise()))
                    .json()
                    .get("timeline")
                    .forEach(timeline::add);
            assertThat(timeline)
                    .last()
                    .satisfies(t -> assertThat(t.path("receipt").isNumber()).isTrue());
        });
        JsonNode step = timeline.get(timeline.size() - 1);
        assertThat(step.at("/step/kind").asText()).isEqualTo("PAID");
        assertThat(step.at("/step/note").asText()).contains(today.toString()).contains("GK-" + id);
        var entry = api.get("/api/v1/ledger/entries/" + step.get("receipt").asLong(), null);
        assertThat(entry.body()).contains("AwardPaid").contains("\"amount\":12000050");
        assertThat(count(
                        "select count(*) from ledger_entry where event_key = ?",
                        "case-step:" + step.at("/step/eventId").asText()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from policy_inbox where kind = 'CASE' and case_step = ?",
                        step.at("/step/id").asLong()))
                .isEqualTo(1);
    }

    @Test
    void badPayoutsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String clause = clause(desk, live, world, "BAD");
        long id = approved(api, world, clause).get(0);
        LocalDate today = RegistryTime.today();

        assertRefused(pay(world.finance(), id, payout("150000.01", today, "V-" + id)), "amount");
        assertRefused(pay(world.finance(), id, payout("1e999999999", today, "V-" + id)), "amount");
        assertRefused(pay(world.finance(), id, payout("0.001", today, "V-" + id)), "amount");
        assertRefused(pay(world.finance(), id, payout("-5", today, "V-" + id)), "amount");
        assertRefused(pay(world.finance(), id, payout("100", today.plusDays(1), "V-" + id)), "paidOn");
        assertRefused(pay(world.finance(), id, payout("100", today.minusDays(1), "V-" + id)), "paidOn");
        assertRefused(pay(world.finance(), id, payout("100", today, "V\\u202E-" + id)), "voucherNo");
        assertRefused(pay(world.finance(), id, payout("100", today, "\\u200B")), "voucherNo");
        assertRefused(pay(world.finance(), id, payout("100", today, "V".repeat(61))), "voucherNo");
        assertRefused(pay(world.finance(), id, "{\"amount\":100,\"voucherNo\":\"V-" + id + "\"}"), "paidOn");

        String other = clause(desk, live, world, "BAD2");
        long paidOne = approved(api, world, other).get(0);
        assertThat(pay(world.finance(), paidOne, payout("100", today, "TAKEN-" + id))
                        .status())
                .isEqualTo(200);
        assertRefused(pay(world.finance(), id, payout("100", today, "TAKEN-" + id)), "voucherNo");

        assertThat(state(id)).isEqualTo("APPROVED");
        assertThat(count("select count(*) from fulfillment_payout where case_id = ?", id))
                .isZero();
        assertThat(count("select count(*) from fulfillment_step where case_id = ? and kind = 'PAID'", id))
                .isZero();
    }

    static void assertRefused(ApiClient.Response refused, String field) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asText())
                .as(refused.body())
                .isEqualTo(field);
    }

    @Test
    void onlyFinanceOfTheDepartmentPays() throws Exception {
        String clause = clause(desk, live, world, "WHO");
        long id = approved(api, world, clause).get(0);
        LocalDate today = RegistryTime.today();
        String stranger = FulfillmentFixtures.account(
                api, "fin-x-" + FulfillmentFixtures.suffix().toLowerCase(java.util.Locale.ROOT), Role.FINANCE);
        FulfillmentFixtures.departments(api, stranger, "别的财政局-" + FulfillmentFixtures.suffix());

        assertThat(pay(stranger, id, payout("100", today, "S-" + id)).status()).isEqualTo(403);
        assertThat(payable(stranger)).doesNotContain(id);
        assertThat(pay(world.enterprise(), id, payout("100", today, "E-" + id)).status())
                .isEqualTo(403);
        assertThat(pay(world.reviewer(), id, payout("100", today, "R-" + id)).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/payouts/payable", world.auth(world.enterprise()))
                        .status())
                .isEqualTo(403);
        World other = FulfillmentFixtures.world(api, desk, 10);
        assertThat(api.get("/api/v1/cases/" + id + "/payout", other.auth(other.enterprise()))
                        .status())
                .isEqualTo(404);

        assertThat(state(id)).isEqualTo("APPROVED");
        assertThat(count("select count(*) from fulfillment_payout where case_id = ?", id))
                .isZero();
    }

    @Test
    void twoPayoutsRecordedAtOncePayOnce() throws Exception {
        String clause = clause(desk, live, world, "RACE");
        long id = approved(api, world, clause).get(0);
        LocalDate today = RegistryTime.today();
        String colleague = FulfillmentFixtures.account(
                api, "fin-c-" + FulfillmentFixtures.suffix().toLowerCase(java.util.Locale.ROOT), Role.FINANCE);
        FulfillmentFixtures.departments(api, colleague, world.department());

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> tries = List.of(
                    () -> {
                        start.await();
                        return pay(world.finance(), id, payout("150000", today, "A-" + id))
                                .status();
                    },
                    () -> {
                        start.await();
                        return pay(colleague, id, payout("150000", today, "B-" + id))
                                .status();
                    });
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> t : tries) {
                results.add(pool.submit(t));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> r : results) {
                statuses.add(r.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from fulfillment_payout where case_id = ?", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from fulfillment_step where case_id = ? and kind = 'PAID'", id))
                .isEqualTo(1);
        var budget = api.get("/api/v1/budgets/" + clause, world.auth(world.finance()))
                .json();
        assertThat(budget.get("paid").decimalValue()).isEqualByComparingTo("150000");
        assertThat(budget.get("payouts").asInt()).isEqualTo(1);
    }

    @Test
    void clawBackAndRecoveriesUntilEverythingOwedCameBack() throws Exception {
        String clause = clause(desk, live, world, "CLAW");
        long id = approved(api, world, clause).get(0);
        LocalDate today = RegistryTime.today();
        assertThat(pay(world.finance(), id, payout("100000", today, "P-" + id)).status())
                .isEqualTo(200);

        String claw = "{\"reason\":\"LEFT_PARK\",\"note\":\"承诺五年内不迁出，第二年迁出\",\"amount\":%s}";
        assertThat(api.post(
                                "/api/v1/cases/" + id + "/clawbacks",
                                world.auth(world.enterprise()),
                                claw.formatted("60000"))
                        .status())
                .isEqualTo(403);
        assertRefused(
                api.post(
                        "/api/v1/cases/" + id + "/clawbacks",
                        world.auth(world.reviewer()),
                        claw.formatted("100000.01")),
                "amount");
        assertRefused(
                api.post(
                        "/api/v1/cases/" + id + "/clawbacks",
                        world.auth(world.reviewer()),
                        "{\"note\":\"x\",\"amount\":10}"),
                "reason");
        var recorded =
                api.post("/api/v1/cases/" + id + "/clawbacks", world.auth(world.reviewer()), claw.formatted("60000"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long clawback = recorded.json().get("id").asLong();
        assertThat(recorded.json().get("amountDue").decimalValue()).isEqualByComparingTo("60000");
        assertRefused(
                api.post("/api/v1/cases/" + id + "/clawbacks", world.auth(world.finance()), claw.formatted("40000.01")),
                "amount");

        String recovery = "{\"amount\":%s,\"receivedOn\":\"%s\",\"voucherNo\":\"R-%s\"}";
        String recoveries = "/api/v1/clawbacks/" + clawback + "/recoveries";
        var first = api.post(recoveries, world.auth(world.finance()), recovery.formatted("20000", today, "1"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("recovered").decimalValue()).isEqualByComparingTo("20000");
        assertRefused(
                api.post(recoveries, world.auth(world.finance()), recovery.formatted("40000.01", today, "2")),
                "amount");
        assertRefused(
                api.post(recoveries, world.auth(world.finance()), recovery.formatted("1", today.plusDays(1), "2")),
                "receivedOn");
        var rest = api.post(recoveries, world.auth(world.finance()), recovery.formatted("40000", today, "3"));
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.json().get("recovered").decimalValue()).isEqualByComparingTo("60000");
        assertThat(rest.json().get("recoveries")).hasSize(2);
        assertThat(api.post(recoveries, world.auth(world.finance()), recovery.formatted("1", today, "4"))
                        .status())
                .isEqualTo(409);

        List<String> kinds = new ArrayList<>();
        api.get("/api/v1/cases/" + id, world.auth(world.enterprise()))
                .json()
                .get("timeline")
                .forEach(t -> kinds.add(t.at("/step/kind").asText()));
        assertThat(kinds).endsWith("PAID", "CLAWBACK", "RECOVERED", "RECOVERED");
        var seen = api.get("/api/v1/cases/" + id + "/clawbacks", world.auth(world.enterprise()));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get(0).get("reason").asText()).isEqualTo("LEFT_PARK");
        assertThat(count("select count(*) from fulfillment_recovery where clawback_id = ?", clawback))
                .isEqualTo(2);
    }

    @Test
    void aClawBackNeedsAPaidCase() throws Exception {
        String clause = clause(desk, live, world, "UNPAID");
        long id = approved(api, world, clause).get(0);
        var refused = api.post(
                "/api/v1/cases/" + id + "/clawbacks",
                world.auth(world.finance()),
                "{\"reason\":\"INELIGIBLE\",\"note\":\"事后核查不符合\",\"amount\":10}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(count("select count(*) from fulfillment_clawback where case_id = ?", id))
                .isZero();
    }
}
