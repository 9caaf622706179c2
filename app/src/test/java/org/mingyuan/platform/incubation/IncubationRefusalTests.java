package org.mingyuan.platform.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.ApiClient.Response;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input to the incubation API is refused as a problem naming each field, with nothing stored: absurd areas and
 * amounts, invisible characters, unknown or invisible enterprises, days in the future or before founding, graduation
 * not after entry, an enterprise in two incubators at once (also when both entries arrive together), another park for a park operator; and each role sees only
 * what it may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncubationRefusalTests {

    static final String ADMIN = ApiClient.basic("admin", "demo");
    static final String OPERATOR = ApiClient.basic("operator", "demo");
    static final String ENTERPRISE = ApiClient.basic("enterprise", "demo");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseRegistry registry;

    ApiClient api;
    long operatorPark;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        operatorPark = jdbc.sql("select id from park where code = 'shanghai-blockchain-base'")
                .query(Long.class)
                .single();
        today = org.mingyuan.platform.registry.RegistryTime.today();
    }

    @Test
    void badIncubatorIsRefusedNamingEveryField() {
        var other = new IncubationWorld(jdbc, registry);
        long before = incubators();
        Response refused = api.post("/api/v1/incubators", OPERATOR, """
                {"parkId": %d, "name": "孵化器\\u202e", "areaM2": -5, "incubateeAreaM2": 10,
                 "seedFund": 10000000000000, "incomeTotal": 100, "incomeServices": 200}""".formatted(other.park));
        assertRefused(refused, "parkId", "name", "areaM2", "seedFund", "incomeServices");
        assertThat(refused.body()).contains("U+202E");

        Response tooMuchSpace = api.post("/api/v1/incubators", OPERATOR, """
                {"parkId": %d, "name": "链孵", "areaM2": 1000, "incubateeAreaM2": 1000.01, "seedFund": 0}""".formatted(operatorPark));
        assertRefused(tooMuchSpace, "incubateeAreaM2");
        assertRefused(
                api.post("/api/v1/incubators", OPERATOR, """
                        {"parkId": %d, "name": " ", "areaM2": 1000000.01, "incubateeAreaM2": 0, "seedFund": 0.001}""".formatted(operatorPark)), "name", "areaM2", "seedFund");
        assertRefused(
                api.post("/api/v1/incubators", OPERATOR, "{}"),
                "parkId",
                "name",
                "areaM2",
                "incubateeAreaM2",
                "seedFund");
        Response wrongType = api.post("/api/v1/incubators", OPERATOR, """
                {"parkId": %d, "name": "链孵", "areaM2": "很大", "incubateeAreaM2": 0, "seedFund": 0}""".formatted(operatorPark));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("areaM2");
        assertRefused(api.post("/api/v1/incubators", ADMIN, incubator(999_999_999L, "无园区")), "parkId");
        assertThat(incubators()).isEqualTo(before);
    }

    @Test
    void entriesAndGraduationsOutsideTheRulesAreRefused() {
        long first = created(api.post("/api/v1/incubators", OPERATOR, incubator(operatorPark, "湾谷孵化器甲")));
        long second = created(api.post("/api/v1/incubators", ADMIN, incubator(operatorPark, "湾谷孵化器乙")));
        var other = new IncubationWorld(jdbc, registry);
        String elsewhere = other.enterprise(today.minusYears(1));
        String founded = other.enterprise(today.minusYears(3), operatorPark);
        String path = "/api/v1/incubators/" + first + "/incubatees";
        long before = stays();

        assertRefused(api.post(path, OPERATOR, entry("91330110MA00000000", today)), "creditCode");
        assertRefused(api.post(path, OPERATOR, entry(elsewhere, today)), "creditCode");
        assertRefused(api.post(path, OPERATOR, entry(founded, today.plusDays(1))), "enteredOn");
        assertRefused(
                api.post(path, OPERATOR, entry(founded, today.minusYears(3).minusDays(1))), "enteredOn");
        assertRefused(
                api.post(path, OPERATOR, "{\"creditCode\": \"\", \"enteredOn\": null}"), "creditCode", "enteredOn");
        assertThat(stays()).isEqualTo(before);

        LocalDate entered = today.minusYears(3);
        Response in = api.post(path, OPERATOR, entry(founded, entered));
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        long stay = in.json().get("id").asLong();
        String secondPath = "/api/v1/incubators/" + second + "/incubatees";
        assertRefused(api.post(secondPath, OPERATOR, entry(founded, today.minusYears(1))), "enteredOn");
        assertRefused(api.post(secondPath, OPERATOR, entry(founded, entered.minusDays(1))), "enteredOn");

        String graduation = "/api/v1/incubators/" + first + "/incubatees/" + stay + "/graduation";
        assertRefused(api.post(graduation, OPERATOR, day(entered.minusDays(1))), "graduatedOn");
        assertRefused(api.post(graduation, OPERATOR, day(entered)), "graduatedOn");
        assertRefused(api.post(graduation, OPERATOR, day(today.plusDays(1))), "graduatedOn");
        assertRefused(api.post(graduation, OPERATOR, "{}"), "graduatedOn");
        assertThat(api.post(
                                "/api/v1/incubators/" + second + "/incubatees/" + stay + "/graduation",
                                OPERATOR,
                                day(today))
                        .status())
                .isEqualTo(404);
        LocalDate left = entered.plusYears(2);
        assertThat(api.post(graduation, OPERATOR, day(left)).status()).isEqualTo(200);
        assertRefused(api.post(graduation, OPERATOR, day(left)), "graduatedOn");

        // the stays are half-open: the day it graduated it may enter another incubator, not the day before
        assertRefused(api.post(secondPath, OPERATOR, entry(founded, left.minusDays(1))), "enteredOn");
        assertThat(api.post(secondPath, OPERATOR, entry(founded, left)).status())
                .isEqualTo(201);
    }

    @Test
    void anEnterpriseEnteredIntoTwoIncubatorsAtOnceGetsOneStay() throws Exception {
        long[] incubators = {
            created(api.post("/api/v1/incubators", OPERATOR, incubator(operatorPark, "并发孵化器甲"))),
            created(api.post("/api/v1/incubators", OPERATOR, incubator(operatorPark, "并发孵化器乙")))
        };
        String credit = new IncubationWorld(jdbc, registry).enterprise(today.minusYears(2), operatorPark);
        int attempts = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String path = "/api/v1/incubators/" + incubators[i % 2] + "/incubatees";
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post(path, OPERATOR, entry(credit, today.minusYears(1)))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 400);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from incubatee where credit_code = ?")
                        .param(credit)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void parkOperatorNeitherSeesNorChangesAnotherParksIncubator() {
        var other = new IncubationWorld(jdbc, registry);
        long foreign = created(api.post("/api/v1/incubators", ADMIN, incubator(other.park, "他园孵化器")));
        String credit = other.enterprise(today.minusYears(1), operatorPark);
        assertThat(api.get("/api/v1/incubators/" + foreign, OPERATOR).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/incubators/" + foreign, OPERATOR, incubator(other.park, "改名"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/incubators/" + foreign + "/incubatees", OPERATOR, entry(credit, today))
                        .status())
                .isEqualTo(404);
        JsonNode listed = api.get("/api/v1/incubators", OPERATOR).json();
        assertThat(listed.findValuesAsText("parkId")).containsOnly(String.valueOf(operatorPark));
        assertThat(api.get("/api/v1/incubators/" + foreign, ApiClient.basic("supervisor", "demo"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/incubators", ENTERPRISE).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/incubators/" + foreign, ENTERPRISE).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/incubators", ENTERPRISE, incubator(operatorPark, "企业自建"))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/incubation/mine", OPERATOR).status()).isEqualTo(403);
        Response park = api.put("/api/v1/incubators/" + foreign, ADMIN, incubator(operatorPark, "搬园"));
        assertRefused(park, "parkId");
    }

    @Test
    void badFinancingRoundsAreRefusedAndAnEnterpriseSeesOnlyItsOwn() {
        long incubator = created(api.post("/api/v1/incubators", OPERATOR, incubator(operatorPark, "湾谷孵化器丙")));
        var other = new IncubationWorld(jdbc, registry);
        String credit = other.enterprise(today.minusYears(2), operatorPark);
        long before = rounds();
        assertRefused(api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "0", today, "A", null)), "amount");
        assertRefused(api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "-1", today, "A", null)), "amount");
        assertRefused(
                api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "10000000.01", today, "A", null)),
                "amount");
        assertRefused(
                api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "1.234", today, "A", null)), "amount");
        assertRefused(
                api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "100", today.plusDays(1), "A", null)),
                "closedOn");
        assertRefused(
                api.post(
                        "/api/v1/financing-rounds",
                        OPERATOR,
                        round(credit, "100", today.minusYears(2).minusDays(1), "A", null)),
                "closedOn");
        assertRefused(
                api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "100", today, "A", incubator)),
                "incubatorId");
        assertRefused(
                api.post("/api/v1/financing-rounds", OPERATOR, """
                        {"creditCode": "%s", "investor": "\\u200b", "amount": 100, "closedOn": "%s"}""".formatted(credit, today)), "investor", "stage");
        assertThat(api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "100", today, "Z", null))
                        .status())
                .isEqualTo(400);
        assertThat(rounds()).isEqualTo(before);

        assertThat(api.post("/api/v1/incubators/" + incubator + "/incubatees", OPERATOR, entry(credit, today))
                        .status())
                .isEqualTo(201);
        Response own = api.post("/api/v1/financing-rounds", OPERATOR, round(credit, "100", today, "SEED", incubator));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("incubatorId").asLong()).isEqualTo(incubator);
        String key = "financing-round:" + own.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from ledger_entry where event_key = ? and entry_type = ?")
                                .params(key, "FinancingRoundRecorded")
                                .query(Long.class)
                                .single()
                        == 1);

        long showcase = jdbc.sql("select enterprise_id from account where username = 'enterprise'")
                .query(Long.class)
                .single();
        JsonNode mine = api.get("/api/v1/incubation/mine", ENTERPRISE).json();
        assertThat(mine.get("rounds").findValuesAsText("enterpriseId"))
                .allMatch(id -> id.equals(String.valueOf(showcase)));
        assertThat(mine.get("rounds").findValuesAsText("creditCode")).doesNotContain(credit);
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/v1/incubators",
                        "/api/v1/incubators/{id}",
                        "/api/v1/incubators/{id}/incubatees",
                        "/api/v1/incubators/{id}/incubatees/{incubatee}/graduation",
                        "/api/v1/financing-rounds",
                        "/api/v1/incubation/mine");
        assertThat(docs.body()).contains("孵化与投资");
    }

    private void assertRefused(Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
        assertThat(response.json().get("errors").findValuesAsText("reason")).allMatch(r -> !r.isBlank());
    }

    private static long created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static String incubator(long park, String name) {
        return """
                {"parkId": %d, "name": "%s", "areaM2": 2000, "incubateeAreaM2": 1500, "seedFund": 100}""".formatted(park, name);
    }

    private static String entry(String credit, LocalDate day) {
        return "{\"creditCode\": \"%s\", \"enteredOn\": \"%s\"}".formatted(credit, day);
    }

    private static String day(LocalDate day) {
        return "{\"graduatedOn\": \"%s\"}".formatted(day);
    }

    private static String round(String credit, String amount, LocalDate day, String stage, Long incubator) {
        return """
                {"creditCode": "%s", "investor": "上海杨浦科创基金", "amount": %s, "closedOn": "%s", "stage": "%s",
                 "incubatorId": %s}""".formatted(credit, amount, day, stage, incubator);
    }

    private long incubators() {
        return count("incubator");
    }

    private long stays() {
        return count("incubatee");
    }

    private long rounds() {
        return count("financing_round");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
