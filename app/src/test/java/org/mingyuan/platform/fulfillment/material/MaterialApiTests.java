package org.mingyuan.platform.fulfillment.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.fulfillment.material.MaterialFixtures.ENTERPRISE;
import static org.mingyuan.platform.fulfillment.material.MaterialFixtures.OFFICER;
import static org.mingyuan.platform.fulfillment.material.MaterialFixtures.OPERATOR;
import static org.mingyuan.platform.fulfillment.material.MaterialFixtures.REVIEWER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.material.MaterialFixtures.Firm;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The material library through the HTTP API as clients use it: uploads judged by their content, the size limit, bytes
 * stored once, validity, who may read and who may write, and the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MaterialApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MaterialLibrary library;

    @Autowired
    Callers callers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseRegistry registry;

    ApiClient api;
    MaterialFixtures fixtures;
    String demo;

    @BeforeEach
    void demoEnterprise() {
        api = new ApiClient(port);
        fixtures = new MaterialFixtures(api);
        demo = fixtures.demoEnterprise();
    }

    private String path(String creditCode) {
        return "/api/v1/enterprises/" + creditCode + "/materials";
    }

    private long materials() {
        return api.get(path(demo), ENTERPRISE).json().size();
    }

    private long blobs(String sha256) {
        return jdbc.sql("select count(*) from material_blob where sha256 = ?")
                .param(sha256)
                .query(Long.class)
                .single();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @Test
    void anEnterpriseUploadsAPdfAndDownloadsTheSameBytes() {
        byte[] pdf = MaterialFiles.pdf();
        var created = fixtures.upload(demo, ENTERPRISE, "AUDIT_REPORT", "2025-01-01", "2025-12-31", "2024 审计.pdf", pdf);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode material = created.json();
        long id = material.get("id").asLong();
        assertThat(material.get("type").asText()).isEqualTo("AUDIT_REPORT");
        assertThat(material.get("typeLabelZh").asText()).isEqualTo("审计报告");
        assertThat(material.get("fileName").asText()).isEqualTo("2024 审计.pdf");
        assertThat(material.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(material.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(material.get("sha256").asText()).hasSize(64);
        assertThat(material.get("validUntil").asText()).isEqualTo("2025-12-31");
        assertThat(material.get("uploadedBy").asText()).isEqualTo("enterprise");
        assertThat(api.get(path(demo) + "/" + id, ENTERPRISE).json().get("sha256"))
                .isEqualTo(material.get("sha256"));
        assertThat(StreamSupport.stream(api.get(path(demo), ENTERPRISE).json().spliterator(), false)
                        .map(m -> m.get("id").asLong()))
                .contains(id);

        HttpResponse<byte[]> content = api.bytes(path(demo) + "/" + id + "/content", ENTERPRISE);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(content.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(content.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("UTF-8''2024%20%E5%AE%A1%E8%AE%A1.pdf");
    }

    @Test
    void anImageIsJudgedByItsBytesNotItsNameOrDeclaredType() {
        var png = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "scan.pdf", MaterialFiles.png());
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        assertThat(png.json().get("contentType").asText()).isEqualTo("image/png");
        assertThat(png.json().get("fileName").asText()).isEqualTo("scan.pdf.png");

        var jpeg = fixtures.upload(demo, ENTERPRISE, "BUSINESS_LICENCE", null, null, "执照.jpg", MaterialFiles.jpeg());
        assertThat(jpeg.status()).as(jpeg.body()).isEqualTo(201);
        assertThat(jpeg.json().get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(jpeg.json().has("validUntil")).isFalse();
    }

    @Test
    void renamedExecutablesAndPagesAreRefusedNamingTheFileAndWhatTheyAre() {
        long before = materials();
        for (var refused : Map.of(
                        "invoice.pdf", MaterialFiles.elf(),
                        "setup.pdf", MaterialFiles.mz(),
                        "page.pdf", MaterialFiles.html())
                .entrySet()) {
            var answer = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, refused.getKey(), refused.getValue());

            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonNode error = answer.json().at("/errors/0");
            assertThat(error.get("field").asText()).isEqualTo("file");
            assertThat(error.get("reason").asText()).contains("application/pdf, image/jpeg, image/png");
        }
        assertThat(fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "a.pdf", MaterialFiles.elf())
                        .json()
                        .at("/errors/0/reason")
                        .asText())
                .contains("application/x-");
        assertThat(fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "a.pdf", MaterialFiles.mz())
                        .json()
                        .at("/errors/0/reason")
                        .asText())
                .contains("msdownload");
        assertThat(fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "a.pdf", MaterialFiles.html())
                        .json()
                        .at("/errors/0/reason")
                        .asText())
                .contains("text/html");
        assertThat(materials()).isEqualTo(before);
    }

    @Test
    void anEmptyFileOrNoFileIsRefusedNamingTheFile() {
        var empty = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "empty.pdf", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty.json())).containsExactly("file");

        var json = api.post(path(demo), ENTERPRISE, "{\"type\":\"OTHER\"}");
        assertThat(json.status()).isEqualTo(400);
        assertThat(fields(json.json())).containsExactly("file");
        assertThat(json.json().at("/errors/0/reason").asText()).contains("multipart/form-data");
    }

    @Test
    void anOversizedUploadIsA413NamingTheFileAndWritesNothing() {
        long before = materials();
        byte[] large = new byte[(int) library.maxSize() + 1];
        byte[] pdf = MaterialFiles.pdf();
        System.arraycopy(pdf, 0, large, 0, pdf.length);

        var answer = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "large.pdf", large);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(answer.json().at("/errors/0/reason").asText()).contains("10 MB");
        assertThat(materials()).isEqualTo(before);

        byte[] atTheLimit = java.util.Arrays.copyOf(large, (int) library.maxSize());
        assertThat(fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "limit.pdf", atTheLimit)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theSameBytesHandedInTwiceAreStoredOnce() {
        byte[] pdf = MaterialFiles.pdf();
        var first = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "one.pdf", pdf);
        var second = fixtures.upload(demo, ENTERPRISE, "COMMITMENT_LETTER", null, null, "two.pdf", pdf);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("id").asLong())
                .isNotEqualTo(first.json().get("id").asLong());
        String sha256 = first.json().get("sha256").asText();
        assertThat(second.json().get("sha256").asText()).isEqualTo(sha256);
        assertThat(blobs(sha256)).isEqualTo(1);
    }

    @Test
    void everyProblemWithTheFieldsIsNamedAtOnce() {
        var undated = fixtures.upload(demo, ENTERPRISE, "AUDIT_REPORT", null, null, "a.pdf", MaterialFiles.pdf());
        assertThat(undated.status()).isEqualTo(400);
        assertThat(fields(undated.json())).containsExactly("validFrom", "validUntil");
        assertThat(undated.json().at("/errors/0/reason").asText()).contains("审计报告");

        var reversed = fixtures.upload(
                demo, ENTERPRISE, "TAX_PAYMENT", "2025-12-31", "2025-01-01", "a.pdf", MaterialFiles.pdf());
        assertThat(fields(reversed.json())).containsExactly("validUntil");

        var everything =
                fixtures.upload(demo, ENTERPRISE, "PASSPORT", "2025-02-30", "1900-01-01", "a.pdf", MaterialFiles.elf());
        assertThat(everything.status()).isEqualTo(400);
        assertThat(fields(everything.json())).containsExactly("file", "type", "validFrom", "validUntil");
    }

    @Test
    void anApplicationReusesOnlyTheNewestMaterialValidOnTheDay() {
        Firm firm = fixtures.newFirm(null);
        long enterprise = idOf(firm);
        var today = RegistryTime.today();
        var expired = fixtures.upload(
                firm.creditCode(),
                firm.authorization(),
                "TAX_PAYMENT",
                today.minusYears(1).toString(),
                today.minusDays(1).toString(),
                "old.pdf",
                MaterialFiles.pdf());
        assertThat(expired.status()).isEqualTo(201);
        assertThat(library.current(enterprise, "TAX_PAYMENT", today)).isEmpty();
        assertThat(library.current(enterprise, "TAX_PAYMENT", today.minusDays(1)))
                .map(Material::id)
                .contains(expired.json().get("id").asLong());

        var valid = fixtures.upload(
                firm.creditCode(),
                firm.authorization(),
                "TAX_PAYMENT",
                today.minusMonths(1).toString(),
                today.plusMonths(11).toString(),
                "new.pdf",
                MaterialFiles.pdf());
        long validId = valid.json().get("id").asLong();
        assertThat(library.current(enterprise, "TAX_PAYMENT", today))
                .map(Material::id)
                .contains(validId);
        assertThat(valid.json().get("usableToday").asBoolean()).isTrue();

        var superseded = api.post(path(firm.creditCode()) + "/" + validId + "/supersede", firm.authorization(), "");
        assertThat(superseded.status()).as(superseded.body()).isEqualTo(200);
        assertThat(superseded.json().get("supersededBy").asText()).startsWith("firm-");
        assertThat(library.current(enterprise, "TAX_PAYMENT", today)).isEmpty();
    }

    private long idOf(Firm firm) {
        return registry.find(callers.byUsername("officer").orElseThrow(), firm.creditCode())
                .id()
                .value();
    }

    @Test
    void anotherEnterpriseNeverReadsOrWritesTheLibrary() {
        long id = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "own.pdf", MaterialFiles.pdf())
                .json()
                .get("id")
                .asLong();
        Firm other = fixtures.newFirm(null);

        for (String refused : List.of(path(demo), path(demo) + "/" + id, path(demo) + "/" + id + "/content")) {
            var answer = api.get(refused, other.authorization());
            assertThat(answer.status()).as(refused).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("detail").asText()).contains(demo);
        }
        var throughItsOwn = api.get(path(other.creditCode()) + "/" + id, other.authorization());
        assertThat(throughItsOwn.status()).isEqualTo(404);
        assertThat(throughItsOwn.json().get("detail").asText()).contains(String.valueOf(id));
        assertThat(fixtures.upload(demo, other.authorization(), "OTHER", null, null, "x.pdf", MaterialFiles.pdf())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(path(demo) + "/" + id + "/supersede", other.authorization(), "")
                        .status())
                .isEqualTo(404);
        var caller = callers.byUsername("enterprise").orElseThrow();
        var stranger = new org.mingyuan.platform.identity.Caller(
                "stranger", caller.roles(), caller.enterpriseId() + 1_000_000, null);
        assertThatThrownBy(() -> library.get(stranger, id))
                .isInstanceOf(NotFound.class)
                .hasMessageContaining(String.valueOf(id));
        assertThat(library.get(caller, id).id()).isEqualTo(id);
    }

    @Test
    void officialsAndTheParksOperatorReadButOnlyTheEnterpriseWrites() {
        long id = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "read.pdf", MaterialFiles.pdf())
                .json()
                .get("id")
                .asLong();
        for (String reader : List.of(OFFICER, REVIEWER, OPERATOR)) {
            assertThat(api.get(path(demo), reader).status()).isEqualTo(200);
            assertThat(api.bytes(path(demo) + "/" + id + "/content", reader).statusCode())
                    .isEqualTo(200);
            assertThat(fixtures.upload(demo, reader, "OTHER", null, null, "x.pdf", MaterialFiles.pdf())
                            .status())
                    .isEqualTo(403);
            assertThat(api.post(path(demo) + "/" + id + "/supersede", reader, "")
                            .status())
                    .isEqualTo(403);
        }
        String elsewhere = fixtures.operatorOfAnotherPark();
        assertThat(api.get(path(demo), elsewhere).status()).isEqualTo(404);
        assertThat(api.bytes(path(demo) + "/" + id + "/content", elsewhere).statusCode())
                .isEqualTo(404);
        assertThat(api.get(path(demo), null).status()).isEqualTo(401);
    }

    @Test
    void anUploadIsAnAuditEvent() {
        var created = fixtures.upload(demo, ENTERPRISE, "OTHER", null, null, "audited.pdf", MaterialFiles.pdf());
        String detail = "material " + created.json().get("id").asLong() + " OTHER";

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("select count(*) from audit_event where action = 'MATERIAL_UPLOADED'"
                                                + " and actor = 'enterprise' and target = ? and detail like ?")
                                        .params(demo, detail + ",%")
                                        .query(Long.class)
                                        .single())
                                .isEqualTo(1));
    }

    @Test
    void theTypesAndTheEndpointsAreDocumented() {
        JsonNode types = api.get("/api/v1/material-types", ENTERPRISE).json();
        assertThat(types).hasSize(9);
        assertThat(types.get(1).get("code").asText()).isEqualTo("AUDIT_REPORT");
        assertThat(types.get(1).get("hasValidity").asBoolean()).isTrue();
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.has("/api/v1/enterprises/{creditCode}/materials")).isTrue();
        assertThat(paths.at("/~1api~1v1~1enterprises~1{creditCode}~1materials/post/requestBody/content")
                        .has("multipart/form-data"))
                .isTrue();
        assertThat(paths.has("/api/v1/enterprises/{creditCode}/materials/{id}/content"))
                .isTrue();
    }
}
