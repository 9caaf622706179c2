package org.mingyuan.platform.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.ApiClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The methods API through HTTP as a client calls it: answers for any signed-in account and none without one, and every
 * refusal of broken, hostile or huge input a problem naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MethodApiTests {

    private static final String ENTERPRISE = basic("enterprise", "demo");
    private static final String BASE = "/api/v1/evaluation/methods/";
    private static final String CONSISTENT = "[[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anySignedInAccountWeighsByAhpAndNobodyElse() {
        Response answer = api.post(BASE + "ahp", ENTERPRISE, "{\"matrix\": " + CONSISTENT + "}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("weights").get(0).asDouble()).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(json.get("lambdaMax").asDouble()).isCloseTo(3, within(1e-9));
        assertThat(json.get("consistent").asBoolean()).isTrue();
        assertThat(json.has("ci")).isTrue();
        assertThat(json.has("cr")).isTrue();
        for (String method : new String[] {"ahp", "entropy", "topsis", "gra", "stability"}) {
            assertThat(api.post(BASE + method, null, "{\"matrix\": " + CONSISTENT + "}")
                            .status())
                    .as(method)
                    .isEqualTo(401);
        }
    }

    @Test
    void anInconsistentMatrixIsA422NamingTheJudgementWithTheRatio() {
        Response inconsistent = api.post(
                BASE + "ahp",
                ENTERPRISE,
                "{\"matrix\": [[1, 2, 4, 8], [0.5, 1, 2, 4], [0.25, 0.5, 1, 0.2], [0.125, 0.25, 5, 1]]}",
                Map.of("Accept-Language", "en"));

        assertProblem(inconsistent, 422, "matrix[2][3]");
        assertThat(reason(inconsistent)).contains("CR = 0.269", "0.2", "about 0.56");
    }

    @Test
    void entropyTopsisAndGreyRelationalAnswerWithRankings() {
        String matrix = "[[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]]";

        Response entropy = api.post(BASE + "entropy", ENTERPRISE, "{\"matrix\": " + matrix + "}");
        Response topsis = api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": %s, "weights": [0.4, 0.3, 0.1, 0.2], "benefit": [true, true, true, true],
                 "normalization": "vector"}""".formatted(matrix));
        Response gra = api.post(BASE + "gra", ENTERPRISE, """
                {"matrix": %s, "benefit": [true, true, true, true], "rho": 0.5}""".formatted(matrix));

        assertThat(entropy.status()).as(entropy.body()).isEqualTo(200);
        assertThat(entropy.json().get("weights")).hasSize(4);
        assertThat(topsis.status()).as(topsis.body()).isEqualTo(200);
        assertThat(topsis.json().get("scores").get(4).asDouble()).isCloseTo(0.868, within(5e-4));
        assertThat(topsis.json().get("ranking").toString()).isEqualTo("[4,3,5,2,0,1]");
        assertThat(gra.status()).as(gra.body()).isEqualTo(200);
        assertThat(gra.json().get("grades")).hasSize(6);
        assertThat(gra.json().get("ranking")).hasSize(6);
    }

    @Test
    void stabilityIsReproducibleBySeed() {
        String body = """
                {"method": "topsis", "matrix": [[7, 3, 5], [6, 6, 4], [5, 7, 6], [9, 1, 2]],
                 "weights": [0.4, 0.35, 0.25], "benefit": [true, true, false],
                 "spread": 0.3, "draws": 500, "topK": 2, "seed": 11}""";

        Response first = api.post(BASE + "stability", ENTERPRISE, body);
        Response again = api.post(BASE + "stability", ENTERPRISE, body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        JsonNode alternative = first.json().get("alternatives").get(0);
        assertThat(alternative.get("alternative").asInt()).isZero();
        assertThat(alternative.get("bestRank").asInt()).isBetween(1, 4);
        assertThat(alternative.get("worstRank").asInt())
                .isBetween(alternative.get("bestRank").asInt(), 4);
        assertThat(first.json().get("draws").asInt()).isEqualTo(500);
        assertProblem(api.post(BASE + "stability", ENTERPRISE, body.replace("\"topsis\"", "\"magic\"")), 400, "method");
        assertProblem(api.post(BASE + "stability", ENTERPRISE, body.replace("500", "10001")), 400, "draws");
    }

    @Test
    void hostileNumbersAreRefusedNamingTheCell() {
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [[1, 2], [3, 1e400]], "weights": [0.5, 0.5], "benefit": [true, true]}"""), 400, "matrix[1][1]");
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [[1, 2], [3, null]], "weights": [0.5, 0.5], "benefit": [true, true]}"""), 400, "matrix[1][1]");
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [[1, "2"], [3, 4]], "weights": [0.5, 0.5], "benefit": [true, true]}"""), 400, "matrix[0][1]");
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [[1, 2], [3, 4]], "weights": [0.5, 0.5], "benefit": [true, null]}"""), 400, "benefit[1]");
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [[1, 2], [3, 4]], "weights": [0.5, 0.6], "benefit": [true, true]}"""), 400, "weights");
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [[1, 2], [3]], "weights": [0.5, 0.5], "benefit": [true, true]}"""), 400, "matrix[1]");
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [], "weights": [0.5, 0.5], "benefit": [true, true]}"""), 400, "matrix");
        assertProblem(api.post(BASE + "topsis", ENTERPRISE, """
                {"matrix": [[1, 2]], "weights": [0.5, 0.5], "benefit": [true, true], "normalization": "z"}"""), 400, "normalization");
        assertProblem(api.post(BASE + "gra", ENTERPRISE, """
                {"matrix": [[1, 2], [3, 4]], "benefit": [true, true], "rho": 0}"""), 400, "rho");
        assertProblem(api.post(BASE + "entropy", ENTERPRISE, "{\"matrix\": [[1, 5], [2, 5]]}"), 422, "matrix[*][1]");
        Response nan = api.post(BASE + "ahp", ENTERPRISE, "{\"matrix\": [[1, NaN], [1, 1]]}");
        assertThat(nan.status()).isEqualTo(400);
        assertThat(nan.contentType()).startsWith("application/problem+json");
    }

    @Test
    void sizesBeyondTheLimitsAreRefusedBeforeAnyWork() {
        StringBuilder eleven = new StringBuilder("{\"matrix\": [");
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : ",").append("[1,1,1,1,1,1,1,1,1,1,1]");
        }
        assertProblem(api.post(BASE + "ahp", ENTERPRISE, eleven + "]}"), 400, "matrix");
        StringBuilder tall = new StringBuilder("{\"matrix\": [");
        for (int i = 0; i < 1001; i++) {
            tall.append(i == 0 ? "" : ",").append("[").append(i).append("]");
        }
        assertProblem(
                api.post(BASE + "topsis", ENTERPRISE, tall + "], \"weights\": [1], \"benefit\": [true]}"),
                400,
                "matrix");

        String row = "[" + "1,".repeat(4999) + "1]";
        String huge = "{\"matrix\": [" + (row + ",").repeat(4999) + row + "]}";
        Response tooLarge = api.post(BASE + "ahp", ENTERPRISE, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void reasonsComeInTheCallersLanguage() {
        String body = "{\"matrix\": [[1, 2], [3]], \"weights\": [0.5, 0.5], \"benefit\": [true, true]}";

        Response chinese = api.post(BASE + "topsis", ENTERPRISE, body, Map.of("Accept-Language", "zh-CN"));
        Response english = api.post(BASE + "topsis", ENTERPRISE, body, Map.of("Accept-Language", "en"));

        assertThat(reason(chinese)).isEqualTo("此行有 1 个值，应与第一行一样有 2 个。");
        assertThat(reason(english))
                .isEqualTo("This row has a length of 1; like the first row it should have a length of 2.");
    }

    private static String reason(Response refused) {
        return refused.json().get("errors").get(0).get("reason").asText();
    }

    private static void assertProblem(Response refused, int status, String field) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText())
                .as(refused.body())
                .isEqualTo(field);
    }
}
