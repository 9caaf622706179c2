package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyLevel;
import org.mingyuan.platform.policy.ReviewStage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The policy lifecycle through the API, across the registry, the policy desk, the live matcher and the inbox: a fact
 * kind an administrator adds is declared by an enterprise and met by a clause; amending a published clause leaves the
 * messages pushed under the earlier version with that version, while matches move to the new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyLifecycleTests {

    static final String ADMIN = basic("admin", "demo");
    static final String OFFICER = basic("officer", "demo");
    static final String ENTERPRISE = basic("enterprise", "demo");
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @LocalServerPort
    int port;

    ApiClient api;
    String creditCode;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        creditCode = api.get("/api/v1/enterprises", ENTERPRISE)
                .json()
                .at("/items/0/creditCode")
                .asText();
    }

    @Test
    void aFactKindAnAdministratorAddsIsDeclaredByAnEnterpriseAndMetByAClause() throws Exception {
        String fact = newKindDeclared(7);

        String clauseId = publish(fact + " >= 5", "10000.0", 1);

        JsonNode match = await("the clause among the enterprise's matches", () -> find(matches(), clauseId));
        assertThat(match.get("version").asInt()).isEqualTo(1);
        assertThat(new BigDecimal(match.get("amount").asText())).isEqualByComparingTo("10000");
    }

    @Test
    void amendingAPublishedClauseLeavesEarlierMessagesUnderTheirVersionAndMatchesMoveToTheNewOne() throws Exception {
        String fact = newKindDeclared(9);
        String clauseId = publish(fact + " >= 5", "10000.0", 1);
        JsonNode pushed = await("the message of version 1 in the inbox", () -> find(inbox(), clauseId));
        assertThat(pushed.get("clauseVersion").asInt()).isEqualTo(1);
        long policy = pushed.get("policyId").asLong();

        assertThat(api.post("/api/v1/policies/" + policy + "/clauses/" + clauseId + "/amend", OFFICER, "")
                        .status())
                .isEqualTo(201);
        var draft = api.put(
                "/api/v1/policies/" + policy + "/clauses/" + clauseId + "/draft",
                OFFICER,
                JSON.writeValueAsString(clause(fact, fact + " >= 5", "20000.0", 2)));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        var published = api.post("/api/v1/policies/" + policy + "/clauses/" + clauseId + "/publish", OFFICER, "{}");
        assertThat(published.json().get("version").asInt()).as(published.body()).isEqualTo(2);

        JsonNode match = await("version 2 among the matches", () -> {
            JsonNode found = find(matches(), clauseId);
            return found != null && found.get("version").asInt() == 2 ? found : null;
        });
        assertThat(new BigDecimal(match.get("amount").asText())).isEqualByComparingTo("20000");
        List<JsonNode> messages = all(inbox(), clauseId);
        assertThat(messages)
                .as("one message, pushed under version 1; version 2 qualifies no one new")
                .hasSize(1);
        assertThat(messages.get(0).get("clauseVersion").asInt()).isEqualTo(1);
        assertThat(new BigDecimal(messages.get(0).get("estimatedAmount").asText()))
                .isEqualByComparingTo("10000");
    }

    /** Adds a whole-number fact kind as the administrator, declares it for the enterprise; returns its clause name. */
    private String newKindDeclared(int value) throws InterruptedException {
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase(Locale.ROOT);
        String key = "CHAIN_PATENTS_" + (suffix + "ABCDEF").substring(0, 6);
        var added = api.post("/api/v1/fact-kinds", ADMIN, """
                {"key": "%s", "labelZh": "区块链专利 %s", "labelEn": "Blockchain patents %s", "type": "INTEGER",
                 "unitZh": "项", "unitEn": "items", "departmentsOnly": false}""".formatted(key, key, key));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var stated = api.post(
                "/api/v1/enterprises/" + creditCode + "/facts",
                ENTERPRISE,
                "{\"name\": \"" + key + "\", \"value\": " + value + ", \"periodEnd\": \"2025-12-31\"}");
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
        String label = "Blockchain patents " + key;
        return await("the new kind " + key + " among the facts clauses read (the copy rebuilds on a new kind)", () -> {
                    JsonNode facts = api.get("/api/v1/calculator/facts", null).json();
                    for (JsonNode fact : facts.isArray() ? facts : facts.path("facts")) {
                        if (fact.path("labelEn").asText().equals(label)) {
                            return fact;
                        }
                    }
                    return null;
                })
                .get("key")
                .asText();
    }

    /** Creates a policy with one clause and publishes it; returns the clause's id. */
    private String publish(String eligibility, String amount, int example) throws Exception {
        String code = "LIFE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var created = api.post("/api/v1/policies", OFFICER, JSON.writeValueAsString(policy(code)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String fact = eligibility.substring(0, eligibility.indexOf(' '));
        String clauseId = code + "-PATENTS";
        var added = api.post(
                "/api/v1/policies/" + id + "/clauses",
                OFFICER,
                JSON.writeValueAsString(Map.of("id", clauseId, "content", clause(fact, eligibility, amount, example))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var published = api.post("/api/v1/policies/" + id + "/clauses/" + clauseId + "/publish", OFFICER, "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return clauseId;
    }

    private static PolicyContent policy(String code) {
        return new PolicyContent(
                code,
                "专利奖励政策 " + code,
                "Patent award policy " + code,
                "测试区科技局",
                "Test district science bureau",
                "测科〔2026〕" + Math.abs(code.hashCode() % 1000) + "号",
                LocalDate.of(2026, 1, 5),
                PolicyLevel.DISTRICT,
                "https://example.org/policy",
                null,
                "支持区块链专利。",
                List.of("专利"),
                List.of(),
                null,
                false);
    }

    private static ClauseContent clause(String fact, String eligibility, String amount, int version) {
        BigDecimal paid = new BigDecimal(amount);
        return new ClauseContent(
                "区块链专利奖励 v" + version,
                "Blockchain patent award v" + version,
                "拥有 5 项以上区块链专利的企业给予奖励。",
                "Firms with five or more blockchain patents receive an award.",
                eligibility,
                amount,
                null,
                new BigDecimal("100000000"),
                LocalDate.of(2026, 1, 1),
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 1, 1),
                ClauseMode.APPLY,
                List.of("专利证书"),
                List.of(new ReviewStage("部门审核", "department review", 10)),
                "测科〔2026〕1号 第二条",
                "0571-00000000",
                List.of(),
                List.of(
                        new ExampleCase("六项专利", null, Map.of(fact, 6), true, paid),
                        new ExampleCase("四项专利", null, Map.of(fact, 4), false, null)));
    }

    private JsonNode matches() {
        var answer = api.get("/api/v1/enterprises/" + creditCode + "/matches", ENTERPRISE);
        return answer.status() == 200 ? answer.json().path("qualified") : JSON.createArrayNode();
    }

    private JsonNode inbox() {
        JsonNode body = api.get("/api/v1/enterprises/" + creditCode + "/inbox?size=100", ENTERPRISE)
                .json();
        return body.isArray() ? body : body.path("messages");
    }

    private static JsonNode find(JsonNode items, String clauseId) {
        List<JsonNode> found = all(items, clauseId);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<JsonNode> all(JsonNode items, String clauseId) {
        Predicate<JsonNode> ofClause = item -> item.path("clauseId").asText().equals(clauseId);
        List<JsonNode> found = new java.util.ArrayList<>();
        items.forEach(item -> {
            if (ofClause.test(item)) {
                found.add(item);
            }
        });
        return found;
    }

    /** Polls until {@code probe} answers, at most 15 s: the matcher and the push run after the request's commit. */
    private static JsonNode await(String what, java.util.function.Supplier<JsonNode> probe)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            JsonNode found = probe.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("waited 15 s for " + what);
    }
}
