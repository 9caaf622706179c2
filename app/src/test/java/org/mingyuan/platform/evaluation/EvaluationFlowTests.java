package org.mingyuan.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.ApiClient.Response;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkSpace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An evaluation end to end through the API on a small system with known inputs: three experts score three parks on
 * the expert indicator Q, the cost indicator COST is imported from XLSX, and the weighted sum of min-max normalised
 * values with the system's weights (0.6, 0.4) gives the ranking worked by hand. Around it: experts touch only their
 * own scores on their own panels and only while scoring is open; a far-off expert is flagged and must be kept or
 * excluded before computing; import refusals name sheet, row and column and write nothing; who sees the result.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationFlowTests {

    static final String OFFICER = ApiClient.basic("officer", "demo");
    static final String SUPERVISOR = ApiClient.basic("supervisor", "demo");
    static final String ENTERPRISE = ApiClient.basic("enterprise", "demo");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IndicatorSystems systems;

    @Autowired
    EvaluationResults results;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    EnterpriseCertifications certifications;

    @Autowired
    ParkSpace space;

    ApiClient api;
    SystemVersion system;
    List<ParkId> parks;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        system = EvaluationFixtures.system(systems);
        parks = List.of(
                EvaluationFixtures.park(jdbc, "A"),
                EvaluationFixtures.park(jdbc, "B"),
                EvaluationFixtures.park(jdbc, "C"));
    }

    static String expert(int n) {
        return ApiClient.basic("expert" + n, "demo");
    }

    long create(List<String> panel) throws IOException {
        Response created = api.post(
                "/api/v1/evaluation/evaluations",
                OFFICER,
                JSON.writeValueAsString(Map.of(
                        "name",
                        "测试评价",
                        "versionId",
                        system.id(),
                        "parks",
                        parks.stream().map(ParkId::value).toList(),
                        "panel",
                        panel)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").get("value").asLong();
    }

    /** Expert {@code n} scores Q of parks A, B, C with the given rubric scores (1 to 5). */
    Response score(long id, int n, int a, int b, int c) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        int[] given = {a, b, c};
        for (int p = 0; p < 3; p++) {
            entries.add(Map.of("parkId", parks.get(p).value(), "indicator", "Q", "level", given[p] - 1));
        }
        return api.put(
                "/api/v1/evaluation/evaluations/" + id + "/scores/mine", expert(n), JSON.writeValueAsString(entries));
    }

    Response importCosts(long id, List<List<String>> rows) throws IOException {
        return api.multipart(
                "/api/v1/evaluation/evaluations/" + id + "/imported",
                OFFICER,
                Map.of(),
                "file",
                "values.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                EvaluationFixtures.sheet(rows));
    }

    List<List<String>> costs(String a, String b, String c) {
        return List.of(
                List.of("园区编码", "COST"),
                Arrays.asList(EvaluationFixtures.code(jdbc, parks.get(0)), a),
                Arrays.asList(EvaluationFixtures.code(jdbc, parks.get(1)), b),
                Arrays.asList(EvaluationFixtures.code(jdbc, parks.get(2)), c));
    }

    @Test
    void computedRankingIsTheOneWorkedByHand() throws IOException {
        long id = create(List.of("expert1", "expert2", "expert3"));
        assertThat(score(id, 1, 5, 3, 1).status()).isEqualTo(200);
        assertThat(score(id, 2, 4, 3, 2).status()).isEqualTo(200);
        assertThat(score(id, 3, 5, 2, 1).status()).isEqualTo(200);
        assertThat(importCosts(id, costs("80", "20", "50")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/evaluation/evaluations/" + id + "/close", OFFICER, "")
                        .status())
                .isEqualTo(200);

        Response computed = api.post("/api/v1/evaluation/evaluations/" + id + "/compute", OFFICER, "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        JsonNode result = computed.json();
        // Q means 14/3, 8/3, 4/3 → min-max 1, 0.4, 0; COST (cost) 80, 20, 50 → 0, 1, 0.5.
        // Scores: A 0.6·1 + 0.4·0 = 0.6, B 0.6·0.4 + 0.4·1 = 0.64, C 0.6·0 + 0.4·0.5 = 0.2: B, A, C.
        JsonNode ranked = result.get("parks");
        assertThat(ranked.get(0).get("parkId").asLong()).isEqualTo(parks.get(1).value());
        assertThat(ranked.get(0).get("score").asDouble()).isCloseTo(0.64, within(1e-9));
        assertThat(ranked.get(1).get("parkId").asLong()).isEqualTo(parks.get(0).value());
        assertThat(ranked.get(1).get("score").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(ranked.get(2).get("score").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(ranked.get(1).get("values").get(0).get("value").asDouble()).isCloseTo(14.0 / 3, within(1e-9));
        assertThat(ranked.get(1).get("values").get(0).get("source").asText()).isEqualTo("EXPERT");
        assertThat(ranked.get(1).get("values").get(0).get("experts").asInt()).isEqualTo(3);
        assertThat(ranked.get(1).get("values").get(1).get("source").asText()).isEqualTo("IMPORTED");
        assertThat(result.get("indicators").get(0).get("weight").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(result.get("system").get("versionId").asLong()).isEqualTo(system.id());
        assertThat(result.get("methods").get("draws").asInt()).isEqualTo(1000);
        assertThat(result.get("methods").get("topK").asInt()).isEqualTo(3);
        // With three parks every park is in the top 3 in every draw; C's 0.2 stays last under ±10 %.
        assertThat(ranked.get(2).get("probabilityTopK").asDouble()).isEqualTo(1.0);
        assertThat(ranked.get(2).get("bestRank").asInt()).isEqualTo(3);
        assertThat(result.get("panel").findValuesAsText("flagged")).containsOnly("false");
        assertThat(result.get("computedBy").asText()).isEqualTo("officer");

        // A supervisor reads it; an enterprise does not learn it exists; a park operator sees its own row once
        // published.
        assertThat(api.get("/api/v1/evaluation/evaluations/" + id + "/result", SUPERVISOR)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/evaluation/evaluations/" + id + "/result", ENTERPRISE)
                        .status())
                .isEqualTo(404);
        var operator = new Caller(
                "op-a", Set.of(Role.PARK_OPERATOR), null, parks.get(0).value());
        assertThatThrownBy(() -> results.latest(operator, new EvaluationId(id))).isInstanceOf(NotFound.class);
        assertThat(api.post("/api/v1/evaluation/evaluations/" + id + "/publish", OFFICER, "")
                        .status())
                .isEqualTo(200);
        EvaluationResult seen = results.latest(operator, new EvaluationId(id)).orElseThrow();
        assertThat(seen.parks())
                .singleElement()
                .satisfies(p -> assertThat(p.rank()).isEqualTo(2));
        assertThat(seen.panel()).isEmpty();
        assertThat(seen.published()).isTrue();
    }

    @Test
    void expertsTouchOnlyTheirOwnScoresOnTheirOwnPanelsWhileOpen() throws IOException {
        long id = create(List.of("expert1", "expert2", "expert3"));
        assertThat(score(id, 1, 5, 3, 1).status()).isEqualTo(200);
        // Not on the panel: the evaluation does not exist for expert 4.
        assertThat(score(id, 4, 1, 1, 1).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/evaluation/evaluations/" + id, expert(4)).status())
                .isEqualTo(404);
        // An officer does not score.
        assertThat(api.put("/api/v1/evaluation/evaluations/" + id + "/scores/mine", OFFICER, "[]")
                        .status())
                .isEqualTo(403);
        // Expert 2 sees none of expert 1's scores while scoring is open.
        Response mine = api.get("/api/v1/evaluation/evaluations/" + id + "/scores/mine", expert(2));
        assertThat(mine.json()).isEmpty();
        assertThat(api.get("/api/v1/evaluation/evaluations/" + id + "/scores", expert(2))
                        .status())
                .isEqualTo(409);
        // A level beyond the rubric and a park not evaluated are refused, naming the entry, and nothing is stored.
        Response refused = api.put(
                "/api/v1/evaluation/evaluations/" + id + "/scores/mine",
                expert(2),
                JSON.writeValueAsString(List.of(
                        Map.of("parkId", parks.get(0).value(), "indicator", "Q", "level", 2),
                        Map.of("parkId", parks.get(1).value(), "indicator", "Q", "level", 9),
                        Map.of("parkId", 999_999_999L, "indicator", "Q", "level", 1),
                        Map.of("parkId", parks.get(2).value(), "indicator", "COST", "level", 1))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactly("scores[1].level", "scores[2].parkId", "scores[3].indicator");
        assertThat(api.get("/api/v1/evaluation/evaluations/" + id + "/scores/mine", expert(2))
                        .json())
                .isEmpty();

        assertThat(api.post("/api/v1/evaluation/evaluations/" + id + "/close", expert(1), "")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/evaluation/evaluations/" + id + "/close", OFFICER, "")
                        .status())
                .isEqualTo(200);
        assertThat(score(id, 1, 1, 1, 1).status()).isEqualTo(409);
        Response all = api.get("/api/v1/evaluation/evaluations/" + id + "/scores", expert(2));
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().findValuesAsText("username")).containsOnly("expert1");
    }

    @Test
    void farOffExpertIsFlaggedAndMustBeKeptOrExcluded() throws IOException {
        long id = create(List.of("expert1", "expert2", "expert3", "expert4"));
        score(id, 1, 5, 3, 1);
        score(id, 2, 4, 3, 2);
        score(id, 3, 5, 2, 1);
        score(id, 4, 1, 5, 5);
        importCosts(id, costs("80", "20", "50"));
        api.post("/api/v1/evaluation/evaluations/" + id + "/close", OFFICER, "");

        JsonNode agreement = api.get("/api/v1/evaluation/evaluations/" + id + "/panel/agreement", OFFICER)
                .json();
        // Expert 4 against the others' medians 5, 3, 1: |1−5|, |5−3|, |5−1| over the range 4 → 10/12.
        assertThat(agreement.get(3).get("username").asText()).isEqualTo("expert4");
        assertThat(agreement.get(3).get("deviation").asDouble()).isCloseTo(10.0 / 12, within(1e-9));
        assertThat(agreement.get(3).get("flagged").asBoolean()).isTrue();
        assertThat(agreement.findValuesAsText("flagged")).containsExactly("false", "false", "false", "true");

        Response undecided = api.post("/api/v1/evaluation/evaluations/" + id + "/compute", OFFICER, "");
        assertThat(undecided.status()).isEqualTo(409);
        assertThat(undecided.json().get("errors").get(0).get("field").asText()).isEqualTo("panel[expert4]");

        Response noReason = api.post(
                "/api/v1/evaluation/evaluations/" + id + "/panel/expert4/decision",
                OFFICER,
                "{\"decision\":\"EXCLUDE\"}");
        assertThat(noReason.status()).isEqualTo(400);
        Response excluded = api.post(
                "/api/v1/evaluation/evaluations/" + id + "/panel/expert4/decision",
                OFFICER,
                "{\"decision\":\"EXCLUDE\",\"note\":\"与其他专家评分方向相反，经复核排除\"}");
        assertThat(excluded.status()).as(excluded.body()).isEqualTo(200);

        JsonNode result = api.post("/api/v1/evaluation/evaluations/" + id + "/compute", OFFICER, "")
                .json();
        assertThat(result.get("parks").get(0).get("parkId").asLong())
                .isEqualTo(parks.get(1).value());
        assertThat(result.get("parks").get(0).get("score").asDouble()).isCloseTo(0.64, within(1e-9));
        assertThat(result.get("panel").get(3).get("excluded").asBoolean()).isTrue();
        assertThat(result.get("panel").get(3).get("flagged").asBoolean()).isTrue();
    }

    @Test
    void importRefusalsNameSheetRowAndColumnAndWriteNothing() throws IOException {
        long id = create(List.of("expert1"));
        assertThat(importCosts(id, costs("80", "20", "50")).status()).isEqualTo(200);
        List<List<String>> broken = new ArrayList<>(costs("abc", "1e400", null));
        broken.set(0, List.of("园区编码", "COST", "FOO"));
        broken.add(List.of("NO-SUCH-PARK", "3"));
        Response refused = importCosts(id, broken);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("sheet1!C1", "sheet1!B2", "sheet1!B3", "sheet1!B4", "sheet1!A5");
        JsonNode kept = api.get("/api/v1/evaluation/evaluations/" + id + "/imported", OFFICER)
                .json();
        assertThat(kept.findValuesAsText("value")).containsExactlyInAnyOrder("80.0", "20.0", "50.0");
        assertThat(api.get("/api/v1/evaluation/evaluations/" + id + "/imported", expert(1))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void missingValuesAndMethodRefusalsNameTheField() throws IOException {
        long id = create(List.of("expert1", "expert2", "expert3"));
        score(id, 1, 5, 3, 1);
        api.post("/api/v1/evaluation/evaluations/" + id + "/close", OFFICER, "");
        Response missing = api.post("/api/v1/evaluation/evaluations/" + id + "/compute", OFFICER, "");
        assertThat(missing.status()).isEqualTo(400);
        String a = EvaluationFixtures.code(jdbc, parks.get(0));
        assertThat(missing.json().get("errors").findValuesAsText("field"))
                .contains("matrix[" + a + "][COST]")
                .doesNotContain("matrix[" + a + "][Q]");
        importCosts(id, costs("50", "50", "50"));
        Response entropy = api.put(
                "/api/v1/evaluation/evaluations/" + id + "/setup",
                OFFICER,
                "{\"weighting\":\"ENTROPY\",\"ranking\":\"TOPSIS\",\"spread\":0.1,\"draws\":100,\"topK\":2,"
                        + "\"seed\":1}");
        assertThat(entropy.status()).as(entropy.body()).isEqualTo(200);
        Response constant = api.post("/api/v1/evaluation/evaluations/" + id + "/compute", OFFICER, "");
        assertThat(constant.status()).isEqualTo(400);
        assertThat(constant.json().get("errors").get(0).get("field").asText()).isEqualTo("matrix[*][COST]");
        Response hostile = api.put(
                "/api/v1/evaluation/evaluations/" + id + "/setup",
                OFFICER,
                "{\"weighting\":\"AHP\",\"ranking\":\"GREY_RELATIONAL\",\"rho\":7,\"spread\":1e400,\"draws\":100000000,"
                        + "\"topK\":9,\"seed\":1,\"ahp\":{\"C1\":[[1,2],[0.5]],\"NOPE\":[[1]]}}");
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.json().get("errors").findValuesAsText("field"))
                .contains("rho", "draws", "topK", "ahp.C1[1]", "ahp.NOPE");
    }

    /**
     * Parks A and B have a unit, C has none, so the platform has no occupancy figure for C and no time to cash for
     * any of them (nothing was paid). Under REFUSE computing names each missing cell; under LEAVE_OUT OCC and CASH are
     * left out, category K2 with them, and the system's weights are renormalised over what remains of K1: COST 0.3 and
     * SIZE 0.2 of 0.5 within become 0.6 and 0.4.
     */
    @Test
    void platformIndicatorsLackingAFigureAreRefusedOrLeftOut() throws IOException {
        ParkWorld[] worlds = {parkWorld(), parkWorld(), parkWorld()};
        worlds[0].unit("100");
        worlds[1].unit("100");
        parks = Arrays.stream(worlds).map(w -> w.park).toList();
        system = EvaluationFixtures.system(
                systems,
                List.of(
                        new Category(
                                "K1",
                                "类一",
                                "One",
                                null,
                                null,
                                0.6,
                                List.of(
                                        EvaluationFixtures.indicator(
                                                "OCC", IndicatorSource.PLATFORM, "OCCUPANCY", true, 0.5),
                                        EvaluationFixtures.indicator(
                                                "COST", IndicatorSource.IMPORTED, null, false, 0.3),
                                        EvaluationFixtures.indicator(
                                                "SIZE", IndicatorSource.IMPORTED, null, true, 0.2))),
                        new Category(
                                "K2",
                                "类二",
                                "Two",
                                null,
                                null,
                                0.4,
                                List.of(EvaluationFixtures.indicator(
                                        "CASH", IndicatorSource.PLATFORM, "TIME_TO_CASH_DAYS", false, 1)))));
        long id = create(List.of());
        List<List<String>> rows = List.of(
                List.of("园区编码", "COST", "SIZE"),
                List.of(worlds[0].code, "80", "10"),
                List.of(worlds[1].code, "20", "0"),
                List.of(worlds[2].code, "50", "30"));
        assertThat(importCosts(id, rows).status()).isEqualTo(200);
        api.post("/api/v1/evaluation/evaluations/" + id + "/close", OFFICER, "");
        Response refused = api.post("/api/v1/evaluation/evaluations/" + id + "/compute", OFFICER, "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "matrix[" + worlds[0].code + "][CASH]",
                        "matrix[" + worlds[1].code + "][CASH]",
                        "matrix[" + worlds[2].code + "][OCC]",
                        "matrix[" + worlds[2].code + "][CASH]");

        Response setUp = api.put(
                "/api/v1/evaluation/evaluations/" + id + "/setup",
                OFFICER,
                "{\"weighting\":\"DIRECT\",\"ranking\":\"WEIGHTED_SUM\",\"spread\":0.1,\"draws\":100,\"topK\":1,"
                        + "\"seed\":1,\"incompleteLiveIndicators\":\"LEAVE_OUT\"}");
        assertThat(setUp.status()).as(setUp.body()).isEqualTo(200);
        Response computed = api.post("/api/v1/evaluation/evaluations/" + id + "/compute", OFFICER, "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        JsonNode result = computed.json();
        assertThat(result.get("indicators").findValuesAsText("code")).containsExactly("COST", "SIZE");
        assertThat(result.get("indicators").get(0).get("weight").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(result.get("indicators").get(1).get("weight").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(result.get("categories").findValuesAsText("code")).containsExactly("K1");
        JsonNode leftOut = result.get("leftOut");
        assertThat(leftOut).hasSize(2);
        assertThat(leftOut.get(0).get("code").asText()).isEqualTo("OCC");
        assertThat(leftOut.get(1).get("code").asText()).isEqualTo("CASH");
        assertThat(leftOut.get(0).get("parks").findValuesAsText("code")).containsExactly(worlds[2].code);
        assertThat(leftOut.get(1).get("parks")).hasSize(3);
        // COST (cost) 80, 20, 50 → 0, 1, 0.5; SIZE 10, 0, 30 → 1/3, 0, 1.
        // Scores: A 0.4/3, B 0.6, C 0.3 + 0.4 = 0.7: C, B, A.
        JsonNode ranked = result.get("parks");
        assertThat(ranked.findValuesAsText("code")).containsExactly(worlds[2].code, worlds[1].code, worlds[0].code);
        assertThat(ranked.get(0).get("score").asDouble()).isCloseTo(0.7, within(1e-9));
        assertThat(ranked.get(2).get("score").asDouble()).isCloseTo(0.4 / 3, within(1e-9));
        assertThat(ranked.get(0).get("values")).hasSize(2);

        system = EvaluationFixtures.system(
                systems,
                List.of(new Category(
                        "K2",
                        "类二",
                        "Two",
                        null,
                        null,
                        null,
                        List.of(EvaluationFixtures.indicator(
                                "CASH", IndicatorSource.PLATFORM, "TIME_TO_CASH_DAYS", false, 1)))));
        long nothing = create(List.of());
        api.put(
                "/api/v1/evaluation/evaluations/" + nothing + "/setup",
                OFFICER,
                "{\"weighting\":\"DIRECT\",\"weights\":{\"CASH\":1},\"ranking\":\"WEIGHTED_SUM\",\"spread\":0.1,"
                        + "\"draws\":100,\"topK\":1,\"seed\":1,\"incompleteLiveIndicators\":\"LEAVE_OUT\"}");
        api.post("/api/v1/evaluation/evaluations/" + nothing + "/close", OFFICER, "");
        Response empty = api.post("/api/v1/evaluation/evaluations/" + nothing + "/compute", OFFICER, "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("incompleteLiveIndicators");
    }

    ParkWorld parkWorld() {
        return new ParkWorld(jdbc, registry, certifications, space);
    }
}
