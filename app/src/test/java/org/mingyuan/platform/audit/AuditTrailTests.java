package org.mingyuan.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.imports.ImportClient;
import org.mingyuan.platform.registry.imports.ImportFiles;
import org.mingyuan.platform.registry.imports.ImportKind;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every change of registry data is in the audit trail, which filters by user, action and date, pages, and exports. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTests {

    private static final String OFFICER = basic("officer", "demo");
    private static final String SUPERVISOR = basic("supervisor", "demo");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static String newCreditCode() {
        var random = new Random();
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new StringBuilder("AU");
        for (int i = 0; i < 6; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return CreditCode.of("91", "310110", body.toString()).value();
    }

    private List<JsonNode> events(String query) {
        var answer = api.get("/api/v1/audit?" + query, SUPERVISOR);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var list = new ArrayList<JsonNode>();
        answer.json().forEach(list::add);
        return list;
    }

    private void awaitEvent(String query, String target, String detailPart) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events(query)).anySatisfy(e -> {
                    assertThat(e.path("target").asText()).isEqualTo(target);
                    assertThat(e.path("detail").asText("")).contains(detailPart);
                }));
    }

    @Test
    void registrationsChangesFactsAndImportsAreRecordedWithUserActionTargetAndOutcome() {
        String code = newCreditCode();
        assertThat(api.post("/api/v1/enterprises", OFFICER, """
                        {"creditCode":"%s","name":"审计链科技有限公司","industryCode":"I6510","foundedOn":"2020-05-01",
                         "registeredCapital":500,"chainSegment":"baas"}""".formatted(code)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/enterprises/" + code + "/facts", OFFICER, """
                        {"name":"STAFF","value":40,"periodEnd":"2025-12-31"}""")
                        .status())
                .isEqualTo(201);

        awaitEvent("user=officer&action=ENTERPRISE_REGISTERED", code, "");
        awaitEvent("user=officer&action=ENTERPRISE_CHANGED", code, "fact STAFF");

        var rows = new ArrayList<List<String>>();
        rows.add(ImportFiles.header(ImportKind.FACTS));
        rows.add(List.of(code, "NO_SUCH_FACT", "1", "", "2025-12-31", ""));
        var imports = new ImportClient(port);
        imports.run("facts", "audit-bad.csv", ImportFiles.csv(rows), OFFICER);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events("user=officer&action=IMPORT"))
                        .anySatisfy(e -> {
                            assertThat(e.get("outcome").asText()).isEqualTo("FAILURE");
                            assertThat(e.get("detail").asText()).contains("audit-bad.csv", "rejected");
                        }));
        assertThat(events("user=nobody-at-all")).isEmpty();
    }

    @Test
    void dateRangesAreCalendarDaysInChinaAndAReversedRangeIsRefusedNamingTheField() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        api.get("/api/v1/me", basic("audit-nobody", "wrong-password"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events("action=LOGIN&from=" + today + "&to=" + today))
                        .isNotEmpty());
        assertThat(events("from=" + today.plusDays(1))).isEmpty();
        assertThat(events("to=" + today.minusYears(30))).isEmpty();

        var reversed = api.get("/api/v1/audit?from=" + today + "&to=" + today.minusDays(1), SUPERVISOR);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(reversed.json().at("/errors/0/field").asText()).isEqualTo("to");

        var badAction = api.get("/api/v1/audit?action=DROP_TABLE", SUPERVISOR);
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.json().at("/errors/0/field").asText()).isEqualTo("action");

        var farPast = api.get("/api/v1/audit?from=-999999999-01-01", SUPERVISOR);
        assertThat(farPast.status()).isEqualTo(400);
        assertThat(farPast.json().at("/errors/0/field").asText()).isEqualTo("from");

        var badDate = api.get("/api/v1/audit?from=2025-13-01", SUPERVISOR);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().at("/errors/0/field").asText()).isEqualTo("from");
    }

    @Test
    void pagingByIdReachesOlderEventsWithoutRepeats() {
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/me", basic("audit-nobody", "wrong-" + i));
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events("limit=1000")).hasSizeGreaterThan(3));
        List<JsonNode> first = events("limit=2");
        List<JsonNode> second =
                events("limit=2&before=" + first.get(1).get("id").asLong());
        assertThat(second).hasSize(2);
        assertThat(second.get(0).get("id").asLong())
                .isLessThan(first.get(1).get("id").asLong());
    }

    @Test
    void theExportIsASheetWithLabelledActionsAndOnlyTheFilteredEvents() throws Exception {
        api.get("/api/v1/me", basic("audit-nobody", "wrong-password"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events("action=LOGIN")).isNotEmpty());
        HttpResponse<byte[]> sheet = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/v1/audit/export.xlsx?action=LOGIN"))
                                .header("Authorization", SUPERVISOR)
                                .header("Accept-Language", "zh-CN")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(sheet.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(sheet.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("事件 (Action)");
            assertThat(rows.subList(1, rows.size()))
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getCellText(2)).isEqualTo("登录"));
            assertThat(StreamSupport.stream(rows.subList(1, rows.size()).spliterator(), false)
                            .map(row -> row.getCellText(4)))
                    .allMatch(outcome -> outcome.equals("成功") || outcome.equals("失败"));
        }
    }

    @Test
    void onlyAdministratorsAndSupervisorsReadTheTrail() {
        assertThat(api.get("/api/v1/audit", OFFICER).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit/export.xlsx", basic("enterprise", "demo"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/audit", null).status()).isEqualTo(401);
    }
}
