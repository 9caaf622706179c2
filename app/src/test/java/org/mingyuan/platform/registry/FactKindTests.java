package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.registry.imports.ImportClient;
import org.mingyuan.platform.registry.imports.ImportFiles;
import org.mingyuan.platform.registry.imports.ImportKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fact kinds as data: an administrator adds one and at once it is declared, imported, shown with its labels, and read
 * by clauses; departments-only kinds are refused to enterprises; hostile kinds are refused whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class FactKindTests {

    static final String ADMIN = ApiClient.basic("admin", "demo");
    static final String OFFICER = ParkFixtures.OFFICER;
    static final String ENTERPRISE = ApiClient.basic("enterprise", "demo");

    @LocalServerPort
    int port;

    @Autowired
    RegistryFacts facts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ApiClient api;
    LocalDate today = RegistryTime.today();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String newKey() {
        var random = new Random();
        var key = new StringBuilder("TEST_");
        for (int i = 0; i < 8; i++) {
            key.append((char) ('A' + random.nextInt(26)));
        }
        return key.toString();
    }

    static String camel(String key) {
        return FactKind.clauseKey(key);
    }

    String ownCode() {
        return api.get("/api/v1/enterprises?size=1", ENTERPRISE)
                .json()
                .at("/items/0/creditCode")
                .asText();
    }

    EnterpriseId id(String code) {
        return new EnterpriseId(jdbc.sql("select id from enterprise where credit_code = ?")
                .param(code)
                .query(Long.class)
                .single());
    }

    long kindCount() {
        return jdbc.sql("select count(*) from fact_kind").query(Long.class).single();
    }

    ApiClient.Response addKind(String body) {
        return api.post("/api/v1/fact-kinds", ADMIN, body);
    }

    @Test
    void anAddedKindIsAtOnceDeclaredShownAndReadByClauses() throws Exception {
        String key = newKey();
        var added = addKind("""
                {"key":"%s","labelZh":"出口许可证","labelEn":"Export licence","type":"YES_NO"}""".formatted(key));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("clauseKey").asText()).isEqualTo(camel(key));
        assertThat(added.json().get("builtIn").asBoolean()).isFalse();

        JsonNode listed = api.get("/api/v1/fact-kinds", null).json();
        assertThat(StreamSupport.stream(listed.spliterator(), false)
                        .map(k -> k.get("key").asText()))
                .as("anyone reads the kinds")
                .contains(key, "REVENUE", "TAX_IN_DISTRICT");

        assertThat(api.get("/v3/api-docs", null).body())
                .as("documented in OpenAPI")
                .contains("/api/v1/fact-kinds");

        MatchingFact schema = facts.schema().stream()
                .filter(f -> f.key().equals(camel(key)))
                .findFirst()
                .orElseThrow();
        assertThat(schema.type()).isEqualTo(MatchingFact.Type.YES_NO);
        assertThat(schema.labelZh()).isEqualTo("出口许可证");
        assertThat(schema.kind()).isEqualTo(key);

        String own = ownCode();
        var declared = api.post(
                "/api/v1/enterprises/" + own + "/facts",
                ENTERPRISE,
                "{\"name\":\"%s\",\"value\":true,\"periodEnd\":\"%s\"}".formatted(key, today));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(declared.json().at("/facts/" + key + "/value").asBoolean()).isTrue();
        assertThat(facts.of(id(own), today).orElseThrow().values()).containsEntry(camel(key), true);

        String page = mvc.perform(
                        get("/enterprises/" + own).with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"fact-" + key + "\"").contains("出口许可证").contains("是");
    }

    @Test
    void kindsOfEveryTypeAreStatedImportedExportedAndRead() throws Exception {
        String area = newKey();
        String since = newKey();
        String note = newKey();
        assertThat(addKind("""
                        {"key":"%s","labelZh":"厂房面积","labelEn":"Plant area","type":"NUMBER","unitZh":"平方米","unitEn":"m²"}""".formatted(area)).status()).isEqualTo(201);
        assertThat(addKind("""
                        {"key":"%s","labelZh":"首次认定日期","labelEn":"First recognised on","type":"DATE"}""".formatted(since)).status()).isEqualTo(201);
        assertThat(addKind("""
                        {"key":"%s","labelZh":"主营方向","labelEn":"Main line","type":"TEXT","departmentsOnly":true}""".formatted(note)).status()).isEqualTo(201);

        String code = new ParkFixtures(api).newEnterprise(null);
        var files = new ImportClient(port);
        JsonNode imported = files.run(
                "facts",
                "kinds.csv",
                ImportFiles.csv(List.of(
                        ImportFiles.header(ImportKind.FACTS),
                        List.of(code, area, "1250.5", "", "2025-12-31", "测绘报告"),
                        List.of(code, since, "2023-06-01", "", "2025-12-31", "认定文件"),
                        List.of(code, note, "跨境贸易溯源", "", "2025-12-31", "主管部门"))),
                OFFICER);
        assertThat(imported.get("phase").asText()).as(imported.toString()).isEqualTo("DONE");

        Map<String, Object> values = facts.of(id(code), today).orElseThrow().values();
        assertThat(values)
                .containsEntry(camel(area), 1250.5)
                .containsEntry(camel(since), LocalDate.of(2023, 6, 1))
                .containsEntry(camel(note), "跨境贸易溯源");

        var bad = files.run(
                "facts",
                "bad.csv",
                ImportFiles.csv(List.of(
                        ImportFiles.header(ImportKind.FACTS),
                        List.of(code, since, "not a day", "", "2025-12-31", "认定文件"))),
                OFFICER);
        assertThat(bad.get("phase").asText()).isNotEqualTo("DONE");
        assertThat(bad.at("/problems/0/column").asText()).contains("(value)");

        var exported = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/v1/enterprises/" + code + "/facts.xlsx"))
                                .header("Authorization", OFFICER)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(exported.statusCode()).isEqualTo(200);
        byte[] xlsx = exported.body();
        List<List<String>> rows;
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            rows = workbook.getFirstSheet().read().stream()
                    .map(row -> StreamSupport.stream(row.spliterator(), false)
                            .map(c -> c == null ? "" : c.getText())
                            .toList())
                    .toList();
        }
        assertThat(rows)
                .anySatisfy(row -> assertThat(row).contains(area, "1250.50"))
                .anySatisfy(row -> assertThat(row).contains(note, "跨境贸易溯源", "主营方向"));
    }

    @Test
    void departmentsOnlyKindsAreRefusedToEnterprisesAndStatedByOfficers() {
        String own = ownCode();
        var refused = api.post(
                "/api/v1/enterprises/" + own + "/facts",
                ENTERPRISE,
                "{\"name\":\"TAX_IN_DISTRICT\",\"value\":true,\"periodEnd\":\"%s\"}".formatted(today));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("name");

        var stated = api.post(
                "/api/v1/enterprises/" + own + "/facts",
                OFFICER,
                "{\"name\":\"GOOD_CREDIT\",\"value\":false,\"periodEnd\":\"%s\",\"source\":\"VERIFIED\"}"
                        .formatted(today));
        assertThat(stated.status()).as(stated.body()).isEqualTo(201);
        assertThat(facts.of(id(own), today).orElseThrow().values()).containsEntry("goodCredit", false);

        var wrongType = api.post(
                "/api/v1/enterprises/" + own + "/facts",
                OFFICER,
                "{\"name\":\"GOOD_CREDIT\",\"value\":12,\"periodEnd\":\"%s\"}".formatted(today));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().at("/errors/0/field").asText()).isEqualTo("value");
    }

    @Test
    void hostileKindDraftsAreRefusedNamingTheFieldAndWriteNothing() {
        long before = kindCount();
        Map<String, String> refusals = Map.of(
                "{\"key\":\"%s\",\"labelZh\":\"甲\",\"labelEn\":\"A\",\"type\":\"NUMBER\"}".formatted("K".repeat(5000)),
                "key",
                "{\"key\":\"REVENUE\",\"labelZh\":\"甲\",\"labelEn\":\"A\",\"type\":\"NUMBER\"}",
                "key",
                "{\"key\":\"PARK\",\"labelZh\":\"甲\",\"labelEn\":\"A\",\"type\":\"NUMBER\"}",
                "key",
                "{\"key\":\"IN\",\"labelZh\":\"甲\",\"labelEn\":\"A\",\"type\":\"NUMBER\"}",
                "key",
                "{\"key\":\"%s\",\"labelZh\":\"信用\\u200b良好\",\"labelEn\":\"A\",\"type\":\"NUMBER\"}"
                        .formatted(newKey()),
                "labelZh",
                "{\"key\":\"%s\",\"labelZh\":\"甲\",\"labelEn\":\"bell\\u0007\",\"type\":\"NUMBER\"}"
                        .formatted(newKey()),
                "labelEn",
                "{\"key\":\"%s\",\"labelZh\":\"%s\",\"labelEn\":\"A\",\"type\":\"NUMBER\"}"
                        .formatted(newKey(), "长".repeat(61)),
                "labelZh",
                "{\"key\":\"%s\",\"labelZh\":\"甲\",\"labelEn\":\"A\",\"type\":\"COLOUR\"}".formatted(newKey()),
                "type",
                "{\"key\":\"%s\",\"labelZh\":\"甲\",\"labelEn\":\"A\"}".formatted(newKey()),
                "type",
                "{\"key\":\"%s\",\"labelZh\":\"甲\",\"labelEn\":\"A\",\"type\":\"NUMBER\",\"unitZh\":\"元\"}"
                        .formatted(newKey()),
                "unitEn");
        refusals.forEach((body, field) -> {
            var refused = addKind(body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).as(body).contains("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asText()).as(body).isEqualTo(field);
            assertThat(refused.body()).as("shown escaped, never as markup").doesNotContain("<");
        });
        String valid = "{\"key\":\"%s\",\"labelZh\":\"甲\",\"labelEn\":\"A\",\"type\":\"NUMBER\"}".formatted(newKey());
        assertThat(api.post("/api/v1/fact-kinds", OFFICER, valid).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/fact-kinds", null, valid).status()).isEqualTo(401);
        assertThat(kindCount()).isEqualTo(before);
    }

    @Test
    void theAdministratorsPageListsAndAddsKinds() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(get("/fact-kinds").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("税收在本区缴纳")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("taxInDistrict")));
        mvc.perform(get("/fact-kinds").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isForbidden());
        long before = kindCount();
        mvc.perform(post("/fact-kinds")
                        .with(admin)
                        .with(csrf())
                        .param("key", "bad key")
                        .param("labelZh", "甲")
                        .param("labelEn", "A")
                        .param("type", "NUMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"error-key\"")));
        assertThat(kindCount()).isEqualTo(before);
        String key = newKey();
        mvc.perform(post("/fact-kinds")
                        .with(admin)
                        .with(csrf())
                        .param("key", key)
                        .param("labelZh", "培训人次")
                        .param("labelEn", "Trainees")
                        .param("type", "INTEGER")
                        .param("unitZh", "人次")
                        .param("unitEn", "trainees")
                        .param("departmentsOnly", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select departments_only from fact_kind where code = ? and value_type = 'INTEGER'")
                        .param(key)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
