package org.mingyuan.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The policy API as clients use it: public search and reading (房租 finds 房租补贴, hostile queries answered cleanly),
 * officers write, check, publish, amend, withdraw, import and export; enterprises and anonymous callers cannot write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyApiTests {

    static final String OFFICER = basic("officer", "demo");
    static final String ENTERPRISE = basic("enterprise", "demo");
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String json(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    @Test
    void anyoneFindsRentSubsidiesBySearchingRent() {
        var found = api.get("/api/v1/policies?q=" + q("房租"), null);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().findValuesAsText("code"))
                .contains("FUZHOU-2019-BLOCKCHAIN", "SUZHOU-2019-HSR-NEW-TOWN");
        assertThat(found.json().findValuesAsText("code")).doesNotContain("HAINAN-2019-CHAIN-SIX");

        var byLevel = api.get("/api/v1/policies?level=PARK", null).json().findValuesAsText("code");
        assertThat(byLevel).contains("HAINAN-2019-CHAIN-SIX").doesNotContain("FUZHOU-2019-BLOCKCHAIN");
        var byPark =
                api.get("/api/v1/policies?park=guangzhou-huangpu", null).json().findValuesAsText("code");
        assertThat(byPark).contains("HUANGPU-2017-BLOCKCHAIN-TEN").doesNotContain("FUZHOU-2019-BLOCKCHAIN");
        var byTag = api.get("/api/v1/policies?tag=" + q("行业协会"), null).json().findValuesAsText("code");
        assertThat(byTag).containsExactly("FUZHOU-2019-BLOCKCHAIN");
        var open = api.get("/api/v1/policies?openOn=2026-05-15&q=" + q("营业收入"), null)
                .json()
                .findValuesAsText("code");
        assertThat(open).contains("HUANGPU-2017-BLOCKCHAIN-TEN");
        var closed = api.get("/api/v1/policies?openOn=2030-05-15", null).json().findValuesAsText("code");
        assertThat(closed).as("the demo windows have closed by then").noneMatch(code -> code.contains("2019"));
    }

    @Test
    void hostileSearchesAreAnsweredCleanly() {
        var huge = api.get("/api/v1/policies?q=" + q("房".repeat(101)), null);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.contentType()).startsWith("application/problem+json");
        assertThat(huge.json().at("/errors/0/field").asText()).isEqualTo("q");
        for (String hostile : List.of(
                "title:(房租 OR *) AND \"",
                "*:*",
                "<script>alert(1)</script>",
                "\\",
                "房租~2^10 [a TO z}",
                "' or 1=1 --")) {
            var answer = api.get("/api/v1/policies?q=" + q(hostile), null);
            assertThat(answer.status()).as(hostile).isEqualTo(200);
            assertThat(answer.json().isArray()).isTrue();
        }
        assertThat(api.get("/api/v1/policies?openOn=tomorrow", null).status()).isEqualTo(400);
    }

    @Test
    void enterprisesAndAnonymousCallersCannotWrite() throws Exception {
        String body = json(PolicyFixtures.policy(PolicyFixtures.key("API")));
        assertThat(api.post("/api/v1/policies", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/policies", ENTERPRISE, body).status()).isEqualTo(403);
        long id = api.get("/api/v1/policies?q=" + q("房租"), null)
                .json()
                .get(0)
                .get("id")
                .asLong();
        String clause = api.get("/api/v1/policies/" + id, null)
                .json()
                .at("/clauses/0/clauseId")
                .asText();
        assertThat(api.post("/api/v1/policies/" + id + "/clauses/" + clause + "/withdraw", ENTERPRISE, "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/policies/" + id + "/clauses/" + clause + "/withdraw", null, "{}")
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/clauses/check", ENTERPRISE, "{}").status()).isIn(400, 403);
        assertThat(multipart("/api/v1/policies/import", ENTERPRISE, "a.yaml", "format: x")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void daysOutsideTheirRangeAreRefusedNamingTheField() throws Exception {
        String code = PolicyFixtures.key("API-DAY");
        String body = json(PolicyFixtures.policy(code)).replace("\"2026-01-05\"", "\"+10000-01-01\"");
        var refused = api.post("/api/v1/policies", OFFICER, body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().findValuesAsText("field")).contains("issuedOn");

        long id = api.post("/api/v1/policies", OFFICER, json(PolicyFixtures.policy(code)))
                .json()
                .get("id")
                .asLong();
        ClauseContent early = PolicyFixtures.milestone(500, LocalDate.of(1949, 9, 30));
        var clause = api.post(
                "/api/v1/policies/" + id + "/clauses",
                OFFICER,
                json(Map.of("id", PolicyFixtures.key("API-DAY"), "content", early)));
        assertThat(clause.status()).as(clause.body()).isEqualTo(400);
        assertThat(clause.json().findValuesAsText("field")).contains("validFrom", "applyFrom");
        assertThat(api.get("/api/v1/policies/" + id, OFFICER).json().get("clauses"))
                .isEmpty();
    }

    @Test
    void anOfficerWritesChecksPublishesAmendsAndWithdrawsAClause() throws Exception {
        var created = api.post("/api/v1/policies", OFFICER, json(PolicyFixtures.policy(PolicyFixtures.key("API"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String clauseId = PolicyFixtures.key("API-CLAUSE");
        ClauseContent content = PolicyFixtures.milestone(500, LocalDate.of(2026, 1, 1));
        var added = api.post(
                "/api/v1/policies/" + id + "/clauses", OFFICER, json(Map.of("id", clauseId, "content", content)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/policies/" + id, null).status())
                .as("a policy with drafts only is not public")
                .isEqualTo(404);

        String illTyped = json(Map.of(
                        "id", clauseId,
                        "content", ClauseVersionsTests.withExamples(content, content.examples()),
                        "policyId", id))
                .replace("revenue >= 500.0\\n&& goodCredit", "revenue >= 500.0\\n&& goodCredit > 'x'");
        var check = api.post("/api/v1/clauses/check", OFFICER, illTyped);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().at("/errors/0/part").asText()).isEqualTo("eligibility");
        assertThat(check.json().at("/errors/0/line").asInt()).isEqualTo(2);

        var published = api.post("/api/v1/policies/" + id + "/clauses/" + clauseId + "/publish", OFFICER, "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/policies/" + id, null)
                        .json()
                        .at("/clauses/0/clauseId")
                        .asText())
                .isEqualTo(clauseId);

        var again = api.post("/api/v1/policies/" + id + "/clauses/" + clauseId + "/publish", OFFICER, "{}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().at("/errors/0/field").asText()).isEqualTo("id");

        assertThat(api.post("/api/v1/policies/" + id + "/clauses/" + clauseId + "/amend", OFFICER, "")
                        .status())
                .isEqualTo(201);
        var draft = api.put(
                "/api/v1/policies/" + id + "/clauses/" + clauseId + "/draft",
                OFFICER,
                json(PolicyFixtures.milestone(800, LocalDate.of(2026, 7, 1))));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(api.post("/api/v1/policies/" + id + "/clauses/" + clauseId + "/publish", OFFICER, "{}")
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        var withdrawn = api.post(
                "/api/v1/policies/" + id + "/clauses/" + clauseId + "/withdraw", OFFICER, "{\"from\":\"2027-01-01\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawnFrom").asText()).isEqualTo("2027-01-01");

        var yaml = api.get("/api/v1/policies/" + id + "/export", OFFICER);
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).contains("format: mingyuan-policy/1", clauseId);
    }

    @Test
    void officersImportFilesAndRefusalsNameTheFile() throws Exception {
        String id = PolicyImportTests.freshId();
        String file = new String(PolicyImportTests.template("valid-template.yaml", id), StandardCharsets.UTF_8);
        var imported = multipart("/api/v1/policies/import", OFFICER, "ok.yaml", file);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(imported.body()).at("/0/outcome").asText())
                .isEqualTo("CREATED");

        var refused = multipart(
                "/api/v1/policies/import",
                OFFICER,
                "bomb.yaml",
                new String(PolicyImportTests.testdata("alias-bomb.yaml"), StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(problem.at("/errors/0/field").asText()).startsWith("bomb.yaml");
    }

    private HttpResponse<String> multipart(String path, String authorization, String filename, String content)
            throws IOException, InterruptedException {
        String boundary = "----policy-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/yaml\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
