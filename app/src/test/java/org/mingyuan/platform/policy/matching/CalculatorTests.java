package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.await;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.clause;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.example;
import static org.mingyuan.platform.policy.matching.MatchingFixtures.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The policy calculator's API: the clauses entered facts qualify for with amounts and total, the nearest missed with
 * what is lacking, every wrong value refused naming its field, nothing entered stored or logged, and agreement with
 * the examples of every clause in force (the demo policies' among them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CalculatorTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    LiveMatcher live;

    @Autowired
    PolicyDesk desk;

    @Autowired
    ClauseCatalog catalog;

    @Autowired
    RegistryFacts registry;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void ready() throws InterruptedException {
        api = new ApiClient(port);
        assertThat(live.awaitReady(60)).isTrue();
    }

    @Test
    void enteredFactsGiveTheClausesMetTheirAmountsTotalAndTheNearestMissed() throws InterruptedException {
        String met = key("CALC-MET");
        String missed = key("CALC-MISSED");
        publish(
                met,
                "revenue >= 500.0 && staff >= 20",
                "min(800000.0, revenue * 1000.0)",
                Map.of("revenue", 600.0, "staff", 20),
                "600000.00");
        publish(
                missed,
                "revenue >= 654321.0 && staff >= 20",
                "50000.0",
                Map.of("revenue", 654321.0, "staff", 20),
                "50000.00");
        await(
                Duration.ofSeconds(10),
                () -> live.current().clause(met).isPresent()
                        && live.current().clause(missed).isPresent());

        var answer = api.post("/api/v1/calculator", null, "{\"facts\":{\"revenue\":600,\"staff\":25}}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode body = answer.json();
        JsonNode match = find(body.get("qualified"), met);
        assertThat(match).as(body.toString()).isNotNull();
        assertThat(match.get("amount").decimalValue()).isEqualByComparingTo("600000");
        assertThat(match.get("version").asInt()).isEqualTo(1);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode q : body.get("qualified")) {
            sum = q.get("amount").isNull() ? sum : sum.add(q.get("amount").decimalValue());
        }
        assertThat(body.get("total").decimalValue()).isEqualByComparingTo(sum);
        assertThat(find(body.get("qualified"), missed)).isNull();
        JsonNode miss = find(body.get("nearest"), missed);
        assertThat(miss)
                .as("the clause missed by one condition is among the nearest: " + body)
                .isNotNull();
        assertThat(miss.get("lacking")).hasSize(1);
        assertThat(miss.get("lacking").get(0).get("zh").asText()).isEqualTo("营业收入需 ≥ 654321 万元，当前 600 万元");
    }

    @Test
    void everyWrongValueIsRefusedNamingItsField() {
        Map<String, String> cases = new TreeMap<>(Map.of(
                "{\"facts\":{\"revenue\":\"a lot\"}}", "facts.revenue",
                "{\"facts\":{\"noSuchFact\":1}}", "facts.noSuchFact",
                "{\"facts\":{\"staff\":1.5}}", "facts.staff",
                "{\"facts\":{\"revenue\":1e20}}", "facts.revenue",
                "{\"facts\":{\"foundedOn\":\"2020-13-01\"}}", "facts.foundedOn",
                "{\"facts\":{\"foundedOn\":\"1800-01-01\"}}", "facts.foundedOn",
                "{\"facts\":{\"park\":\"<script>alert(1)</script>\"}}", "facts.park",
                "{\"facts\":{\"certifications\":\"CAC_FILING\"}}", "facts.certifications",
                "{\"facts\":[1,2,3]}", "facts",
                "{\"useProfile\":true}", "useProfile"));
        cases.forEach((body, field) -> {
            var refused = api.post("/api/v1/calculator", null, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).as(body).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .as(body)
                    .isEqualTo(field);
        });
        var unknownMember = api.post("/api/v1/calculator", null, "{\"fact\":{}}");
        assertThat(unknownMember.status()).isEqualTo(400);

        StringBuilder huge = new StringBuilder("{\"facts\":{\"name\":\"");
        huge.append("链".repeat(600_000)).append("\"}}");
        var tooLarge = api.post("/api/v1/calculator", null, huge.toString());
        assertThat(tooLarge.status()).isIn(400, 413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        StringBuilder many = new StringBuilder("{\"facts\":{");
        for (int i = 0; i < 5_000; i++) {
            many.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
        }
        var tooMany = api.post("/api/v1/calculator", null, many.append("}}").toString());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("field").asText()).isEqualTo("facts");
    }

    @Test
    void anonymousInputIsNeitherStoredNorLogged(CapturedOutput output) throws InterruptedException {
        Map<String, Long> before = rowCounts();
        var answer = api.post(
                "/api/v1/calculator",
                null,
                "{\"facts\":{\"revenue\":734291.37,\"staff\":4242,\"certifications\":[\"CAC_FILING\"]}}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var refused = api.post("/api/v1/calculator", null, "{\"facts\":{\"revenue\":\"734291.38\"}}");
        assertThat(refused.status()).isEqualTo(400);
        Thread.sleep(500);

        assertThat(rowCounts()).as("no table gained or lost a row").isEqualTo(before);
        assertThat(output.getAll()).doesNotContain("734291");
        assertThat(live.current().member("calculator")).isEmpty();
        assertThat(live.current().table.rowOf("calculator")).isEmpty();
    }

    @Test
    void theCalculatorAgreesWithTheExamplesOfEveryClauseInForce() throws Exception {
        String id = key("CALC-EXAMPLES");
        publish(
                id,
                "revenue >= 300.0 && 'CAC_FILING' in certifications",
                "min(200000.0, revenue * 500.0)",
                Map.of("revenue", 320.0, "certifications", List.of("CAC_FILING")),
                "160000.00");
        await(Duration.ofSeconds(10), () -> live.current().clause(id).isPresent());
        LocalDate today = RegistryTime.today();
        Map<String, MatchingFact.Type> types = new TreeMap<>();
        registry.schema().forEach(fact -> types.put(fact.key(), fact.type()));
        List<String> checked = new ArrayList<>();
        for (ClauseVersion version : catalog.inForce(today)) {
            ClauseVersionDetail detail =
                    catalog.detail(version.clauseId(), version.version()).orElseThrow();
            for (ExampleCase example : detail.content().examples()) {
                boolean dated = example.facts().keySet().stream()
                        .anyMatch(fact -> types.get(fact) == MatchingFact.Type.DATE || fact.equals("ageYears"));
                if (dated || (example.on() != null && !version.inForceOn(example.on()))) {
                    continue; // its answer depends on the day it is evaluated on
                }
                var answer =
                        api.post("/api/v1/calculator", null, JSON.writeValueAsString(Map.of("facts", example.facts())));
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                JsonNode match = find(answer.json().get("qualified"), version.clauseId());
                assertThat(match != null)
                        .as("%s example '%s'", version.clauseId(), example.name())
                        .isEqualTo(example.eligible());
                if (example.eligible() && example.amount() != null) {
                    assertThat(match.get("amount").decimalValue())
                            .as("%s example '%s'", version.clauseId(), example.name())
                            .isEqualByComparingTo(example.amount());
                }
                checked.add(version.clauseId() + ": " + example.name());
            }
        }
        assertThat(checked).contains(id + ": 符合", id + ": 不符合");
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = jdbc.sql(
                        "select table_name from information_schema.tables where table_schema = current_schema()"
                                + " and table_type in ('BASE TABLE', 'TABLE')")
                .query(String.class)
                .list();
        for (String table : tables) {
            String name = table.toLowerCase(java.util.Locale.ROOT);
            if (name.startsWith("ledger") || name.startsWith("flyway")) {
                continue; // the ledger's sequencer writes on its own schedule
            }
            counts.put(
                    name,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        assertThat(counts).containsKeys("enterprise", "event_publication", "audit_event", "policy_inbox");
        return counts;
    }

    private void publish(String id, String eligibility, String amount, Map<String, Object> yes, String yesAmount) {
        MatchingFixtures.publish(
                desk,
                id,
                clause(
                        "计算器测试 " + id,
                        eligibility,
                        amount,
                        null,
                        null,
                        example("符合", yes, true, yesAmount),
                        example("不符合", Map.of(), false, null)));
    }

    private static JsonNode find(JsonNode list, String clauseId) {
        for (JsonNode item : list) {
            if (item.get("clauseId").asText().equals(clauseId)) {
                return item;
            }
        }
        return null;
    }
}
