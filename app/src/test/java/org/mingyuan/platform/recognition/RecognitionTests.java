package org.mingyuan.platform.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.OFFICER;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.OFFICER_CALLER;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.CertificationDraft;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recognition end to end through the API: a shell firm is refused naming its failed criteria with the figures; a real
 * firm passes the district and a panel majority, is recognised, and a clause requiring recognition then matches and
 * is pushed to its inbox; revoking the recognition stops the match and claws back what was paid under that clause.
 * Bad input is refused naming the field and writes nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mingyuan.fulfillment.notice-working-days=0")
class RecognitionTests {

    static final String CAC = "浙网信备33010821275605010021号";

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MaterialLibrary library;

    @Autowired
    Callers callers;

    @Autowired
    EnterpriseCertifications certifications;

    ApiClient api;
    World world;
    Map<String, Long> evidence;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        world = FulfillmentFixtures.world(api, desk, 500);
        evidence = evidenceOf(world);
    }

    Map<String, Long> evidenceOf(World w) {
        return Map.of(
                "ip", FulfillmentFixtures.upload(library, callers, w, "IP_CERTIFICATE", true),
                "audit", FulfillmentFixtures.upload(library, callers, w, "AUDIT_REPORT", true),
                "tax", FulfillmentFixtures.upload(library, callers, w, "TAX_PAYMENT", true),
                "commitment", FulfillmentFixtures.upload(library, callers, w, "COMMITMENT_LETTER", false));
    }

    static String body(
            String ipItems,
            String patents,
            String revenue,
            String share,
            String virtualCurrency,
            String cac,
            String committed,
            Map<String, Long> evidence) {
        StringBuilder slots = new StringBuilder();
        evidence.forEach((slot, id) -> slots.append(slots.isEmpty() ? "" : ",")
                .append('"')
                .append(slot)
                .append("\":")
                .append(id));
        return """
                {"scheme":"WUHAN-2022","ipItems":%s,"grantedPatents":%s,"revenue":%s,"blockchainShare":%s,\
                "virtualCurrency":%s,"cacFilingNumber":%s,"committed":%s,"evidence":{%s}}""".formatted(ipItems, patents, revenue, share, virtualCurrency, cac, committed, slots);
    }

    String good() {
        return body("12", "3", "500", "80", "false", "\"" + CAC + "\"", "true", evidence);
    }

    ApiClient.Response apply(World w, String body) {
        return api.post("/api/v1/enterprises/" + w.creditCode() + "/recognitions", w.auth(w.enterprise()), body);
    }

    static void assertRefused(ApiClient.Response refused, String field) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(refused.body()).contains(field);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    String expert() {
        return FulfillmentFixtures.account(
                api, "exp-" + FulfillmentFixtures.suffix().toLowerCase(Locale.ROOT), Role.EXPERT);
    }

    @Test
    void aShellFirmIsRefusedNamingTheFailedCriteriaWithItsFigures() {
        FulfillmentFixtures.state(api, world.creditCode(), "STAFF", "3");
        var refused = apply(world, body("0", "0", "50", "0", "true", "null", "true", evidence));
        assertThat(refused.status()).as(refused.body()).isEqualTo(201);
        assertThat(refused.json().get("state").asText()).isEqualTo("REFUSED");
        String failed = refused.json().get("failedCriteria").toString();
        assertThat(failed)
                .contains("独立法人，注册、纳税在本地")
                .contains("区块链相关知识产权不少于 10 项")
                .contains("授权有效专利不少于 2 项")
                .contains("营收 100–2000 万元")
                .contains("不从事虚拟货币相关业务");
        assertThat(failed).as("the figures are named").contains("0");
        // the declared figures are facts of the registry, sourced to the application
        long id = refused.json().get("id").asLong();
        assertThat(count("select count(*) from fact where source_note = ? and source = 'DECLARED'", "区块链企业认定申请 " + id))
                .isEqualTo(5);
        // refused, so nothing is open: the firm may apply again
        assertThat(count(
                        "select count(*) from recognition_application where open_enterprise is not null and id = ?",
                        id))
                .isZero();
    }

    @Test
    void aRealFirmIsRecognisedPushedAClauseRequiringItAndRevocationClawsBack() throws Exception {
        FulfillmentFixtures.state(api, world.creditCode(), "INDEPENDENT_LEGAL_PERSON", "true");
        FulfillmentFixtures.state(api, world.creditCode(), "TAX_IN_DISTRICT", "true");
        String clauseId = "RECOG-" + FulfillmentFixtures.suffix();
        desk.addClause(
                OFFICER_CALLER,
                world.policyId(),
                clauseId,
                FulfillmentFixtures.content(
                        "RECOGNISED",
                        "'RECOGNISED_BLOCKCHAIN' in certifications && revenue >= 100.0",
                        null,
                        new BigDecimal("10000000"),
                        List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)),
                        ClauseMode.APPLY,
                        null,
                        List.of(
                                new ExampleCase(
                                        "认定企业",
                                        null,
                                        Map.of("revenue", 500.0, "certifications", List.of("RECOGNISED_BLOCKCHAIN")),
                                        true,
                                        new BigDecimal("50000")),
                                new ExampleCase("未认定", null, Map.of("revenue", 500.0), false, null))));
        desk.publish(OFFICER_CALLER, clauseId, true);
        await(() -> live.ready() && live.explain(world.creditCode(), clauseId).isPresent());
        assertThat(live.explain(world.creditCode(), clauseId).orElseThrow().eligible())
                .isFalse();

        var filed = apply(world, good());
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("state").asText()).isEqualTo("DISTRICT_REVIEW");
        long id = filed.json().get("id").asLong();
        var twice = apply(world, good());
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.json().at("/errors/0/field").asText()).isEqualTo("scheme");

        String path = "/api/v1/recognitions/" + id;
        var byEnterprise = api.post(path + "/district-review", world.auth(world.enterprise()), "{\"pass\":true}");
        assertThat(byEnterprise.status()).isEqualTo(403);
        var passed = api.post(path + "/district-review", OFFICER, "{\"pass\":true,\"note\":\"材料齐全\"}");
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat(passed.json().get("state").asText()).isEqualTo("PANEL_REVIEW");

        String first = expert();
        String second = expert();
        String third = expert();
        String agree = "{\"agrees\":true,\"reason\":\"技术服务收入占比高，知识产权扎实\"}";
        assertThat(api.post(path + "/opinions", world.auth(first), agree).status())
                .isEqualTo(200);
        var again = api.post(path + "/opinions", world.auth(first), agree);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().at("/errors/0/field").asText()).isEqualTo("expert");
        var early = api.post(path + "/decision", OFFICER, "{}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().at("/errors/0/field").asText()).isEqualTo("opinions");
        assertThat(api.post(path + "/opinions", world.auth(second), "{\"agrees\":false,\"reason\":\"营收偏小\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(path + "/opinions", world.auth(third), agree).status())
                .isEqualTo(200);
        var decided = api.post(path + "/decision", OFFICER, "{\"note\":\"按专家多数意见认定\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("state").asText()).isEqualTo("RECOGNISED");
        LocalDate today = RegistryTime.today();
        assertThat(decided.json().get("validUntil").asText())
                .isEqualTo(today.plusMonths(36).toString());

        // the live matcher reacts to the registry's new certification and pushes the clause to the inbox
        await(() -> live.matches(world.creditCode()).qualified().stream()
                .anyMatch(m -> m.clauseId().equals(clauseId)));
        await(() -> count(
                        "select count(*) from policy_inbox where credit_code = ? and clause_id = ?",
                        world.creditCode(),
                        clauseId)
                > 0);

        // the firm applies, is approved and paid
        var applied = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clauseId),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long caseId = applied.json().at("/cases/0/id").asLong();
        var approved =
                api.post("/api/v1/cases/" + caseId + "/approve", world.auth(world.reviewer()), "{\"amount\":50000.00}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        var paid = api.post(
                "/api/v1/cases/" + caseId + "/payout",
                world.auth(world.finance()),
                "{\"amount\":50000.00,\"paidOn\":\"%s\",\"voucherNo\":\"GK-R-%d\"}".formatted(today, caseId));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);

        var noReason = api.post(path + "/revocation", OFFICER, "{\"reason\":\"  \"}");
        assertRefused(noReason, "reason");
        var revoked = api.post(path + "/revocation", OFFICER, "{\"reason\":\"核查发现主营为虚拟货币交易\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("state").asText()).isEqualTo("REVOKED");
        assertThat(count(
                        "select count(*) from fulfillment_clawback where case_id = ? and amount_due = 50000.00"
                                + " and reason = 'INELIGIBLE'",
                        caseId))
                .isEqualTo(1);
        await(() -> live.matches(world.creditCode()).qualified().stream()
                .noneMatch(m -> m.clauseId().equals(clauseId)));
        var again2 = api.post(path + "/revocation", OFFICER, "{\"reason\":\"再次撤销\"}");
        assertThat(again2.status()).isEqualTo(409);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        certifications.certify(
                OFFICER_CALLER,
                world.creditCode(),
                new CertificationDraft(
                        "CAC_FILING",
                        "京网信备11010821275605010099号",
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2024, 1, 1),
                        null,
                        FactSource.VERIFIED));
        var expired = apply(world, good().replace(CAC, "京网信备11010821275605010099号"));
        assertRefused(expired, "cacFilingNumber");
        assertThat(expired.body()).contains("2024-01-01");
        assertRefused(apply(world, good().replace(CAC, "浙网信备3301082127560501002号")), "cacFilingNumber");
        assertRefused(apply(world, good().replace(CAC, "粤网信备33010821275605010021号")), "cacFilingNumber");
        assertRefused(apply(world, good().replace(CAC, "浙网信备33010821275605\u200b010021号")), "cacFilingNumber");

        Map<String, Long> swapped = new java.util.HashMap<>(evidence);
        swapped.put("ip", evidence.get("audit"));
        var wrongType = apply(world, body("12", "3", "500", "80", "false", "null", "true", swapped));
        assertRefused(wrongType, "evidence.ip");
        assertThat(wrongType.body()).contains("IP_CERTIFICATE").contains("AUDIT_REPORT");

        World other = FulfillmentFixtures.world(api, desk, 500);
        Map<String, Long> theirs = new java.util.HashMap<>(evidence);
        theirs.put("audit", evidenceOf(other).get("audit"));
        assertRefused(apply(world, body("12", "3", "500", "80", "false", "null", "true", theirs)), "evidence.audit");
        var forOther = api.post(
                "/api/v1/enterprises/" + other.creditCode() + "/recognitions", world.auth(world.enterprise()), good());
        assertThat(forOther.status()).as(forOther.body()).isEqualTo(404);

        assertRefused(apply(world, body("12", "3", "500", "80", "false", "null", "false", evidence)), "committed");
        assertRefused(apply(world, body("-1", "0", "500", "80", "false", "null", "true", evidence)), "ipItems");
        assertRefused(apply(world, body("12", "13", "500", "80", "false", "null", "true", evidence)), "grantedPatents");
        assertRefused(
                apply(world, body("12", "3", "500", "150", "false", "null", "true", evidence)), "blockchainShare");
        assertRefused(apply(world, body("12", "3", "1e15", "80", "false", "null", "true", evidence)), "revenue");
        assertRefused(apply(world, body("12", "3", "500", "80", "null", "null", "true", evidence)), "virtualCurrency");
        assertRefused(apply(world, body("12", "3", "500", "80", "false", "null", "true", Map.of())), "evidence.ip");

        assertThat(count("select count(*) from recognition_application where credit_code = ?", world.creditCode()))
                .isZero();
        assertThat(count(
                        "select count(*) from fact f join enterprise e on e.id = f.enterprise_id"
                                + " where e.credit_code = ? and f.source_note like '区块链企业认定申请%'",
                        world.creditCode()))
                .isZero();
    }
}
