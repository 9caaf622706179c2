package org.mingyuan.platform.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationState;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigures;
import org.mingyuan.platform.evaluation.internal.Evaluations;
import org.mingyuan.platform.evaluation.internal.Results;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reports of a stored result: scorecard figures, the side-by-side comparison, the XLSX read back, the PDF's text,
 * and who is refused what, each refusal a problem naming its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportApiTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("POLICY_OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    Systems systems;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Results results;

    @Autowired
    ParkCatalog parks;

    @Autowired
    Callers callers;

    @Autowired
    private ParkFigures figures;

    private ReportFixtures fixtures;
    private List<Park> evaluated;

    @BeforeEach
    void parks() {
        fixtures = new ReportFixtures(systems, evaluations, results);
        long operated = callers.byUsername("operator").orElseThrow().parkId();
        evaluated = new ArrayList<>();
        evaluated.add(parks.get(new org.mingyuan.platform.registry.ParkId(operated)));
        parks.all().stream().filter(p -> p.id().value() != operated).limit(2).forEach(evaluated::add);
    }

    private String path(EvaluationResult r, String rest) {
        return "/api/v1/evaluation/evaluations/" + r.evaluation().value() + rest;
    }

    @Test
    void theScorecardNormalisesEachIndicatorOverTheParksWithCostsTurnedRound() throws Exception {
        EvaluationResult r = fixtures.computed(evaluated, EvaluationState.CLOSED, false);
        long second = evaluated.get(1).id().value();

        mvc.perform(get(path(r, "/parks/" + second + "/scorecard")).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.park.rank").value(2))
                .andExpect(jsonPath("$.parks").value(3))
                .andExpect(jsonPath("$.lines[0].value.value").value(80.0))
                .andExpect(jsonPath("$.lines[0].normalised", closeTo(20.0 / 30.0, 1e-9)))
                .andExpect(jsonPath("$.lines[0].panelMean", closeTo((1 + 20.0 / 30.0 + 0) / 3, 1e-9)))
                .andExpect(jsonPath("$.lines[0].bestPark").value(1.0))
                .andExpect(jsonPath("$.lines[1].normalised").value(0.5))
                .andExpect(jsonPath("$.lines[2].normalised").value(1.0))
                .andExpect(jsonPath("$.lines[2].indicator.weight").value(0.2))
                .andExpect(jsonPath("$.best.rank").value(1));
    }

    @Test
    void twoParksSideBySideSayWhichIsBetterTakingCostsIntoAccount() throws Exception {
        EvaluationResult r = fixtures.computed(evaluated, EvaluationState.CLOSED, false);
        long a = evaluated.get(0).id().value();
        long b = evaluated.get(1).id().value();

        mvc.perform(get(path(r, "/compare?a=" + a + "&b=" + b))
                        .with(user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].difference").value(10.0))
                .andExpect(jsonPath("$.lines[0].better").value("A"))
                .andExpect(jsonPath("$.lines[1].difference").value(-10.0))
                .andExpect(jsonPath("$.lines[1].better").value("A"))
                .andExpect(jsonPath("$.lines[2].better").value("B"));
        mvc.perform(get(path(r, "/compare?a=" + a + "&b=" + a)).with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("b"));
    }

    @Test
    void unknownIdsAreProblemsNamingTheirField() throws Exception {
        EvaluationResult r = fixtures.computed(evaluated, EvaluationState.CLOSED, false);
        long a = evaluated.get(0).id().value();

        mvc.perform(get("/api/v1/evaluation/evaluations/999999999/report.pdf").with(OFFICER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("evaluation"));
        mvc.perform(get(path(r, "/parks/999999999/scorecard")).with(OFFICER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("park"));
        mvc.perform(get(path(r, "/compare?a=" + a + "&b=999999999")).with(OFFICER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("b"));
        mvc.perform(get("/api/v1/evaluation/evaluations/abc/report.xlsx").with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation"));
        mvc.perform(get("/api/v1/evaluation/evaluations/"
                                + fixtures.uncomputed(evaluated).value() + "/report.xlsx")
                        .with(OFFICER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation"));
    }

    @Test
    void anOperatorSeesOnlyItsOwnParkOfAPublishedResultAndOthersNothing() throws Exception {
        EvaluationResult closed = fixtures.computed(evaluated, EvaluationState.CLOSED, false);
        EvaluationResult published = fixtures.computed(evaluated, EvaluationState.PUBLISHED, false);
        long own = evaluated.get(0).id().value();
        long other = evaluated.get(1).id().value();
        RequestPostProcessor operator = user("operator").roles("PARK_OPERATOR");

        mvc.perform(get(path(published, "/parks/" + own + "/scorecard")).with(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parks").value(1))
                .andExpect(jsonPath("$.lines[0].normalised").doesNotExist())
                .andExpect(jsonPath("$.best").doesNotExist());
        mvc.perform(get(path(published, "/parks/" + other + "/scorecard")).with(operator))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("park"));
        mvc.perform(get(path(published, "/compare?a=" + own + "&b=" + other)).with(operator))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("b"));
        mvc.perform(get(path(closed, "/parks/" + own + "/scorecard")).with(operator))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation"));
        mvc.perform(get(path(published, "/report.xlsx")).with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation"));
        mvc.perform(get(path(published, "/report.pdf"))).andExpect(status().isUnauthorized());
    }

    @Test
    void theWorkbookHoldsRankingMatrixWithSourcesWeightsAndMethods() throws Exception {
        EvaluationResult r = fixtures.computed(evaluated, EvaluationState.CLOSED, true);

        var started = mvc.perform(get(path(r, "/report.xlsx")).with(OFFICER))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheets().map(s -> s.getName()))
                    .containsExactly("ranking", "matrix", "weights", "categories", "methods");
            List<Row> ranking = rows(book, 0);
            assertThat(ranking).hasSize(4);
            assertThat(ranking.get(1).getCellAsNumber(0).orElseThrow()).isEqualByComparingTo("1");
            assertThat(ranking.get(1).getCellText(2)).isEqualTo(evaluated.get(0).nameZh());
            assertThat(ranking.get(3).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("3");
            List<Row> matrix = rows(book, 1);
            assertThat(matrix).hasSize(1 + 9);
            assertThat(matrix.get(3).getCellText(2)).isEqualTo("SVC");
            assertThat(matrix.get(3).getCellText(6)).isEqualTo("EXPERT");
            assertThat(matrix.get(3).getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("2");
            assertThat(rows(book, 2).get(2).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("0.3");
            assertThat(rows(book, 4).stream().map(row -> row.getCellText(1)))
                    .contains("WEIGHTED_SUM", "示例数据 (illustrative)");
        }
    }

    @Test
    void thePdfReportHasExtractableChineseInBothLanguages() throws Exception {
        EvaluationResult r = fixtures.computed(evaluated, EvaluationState.CLOSED, true);

        byte[] zh = mvc.perform(get(path(r, "/report.pdf")).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = PdfDocumentsTests.text(zh);
        assertThat(text)
                .contains("名园测评报告：" + r.name())
                .contains("示例数据")
                .contains(evaluated.get(0).nameZh())
                .contains("兑现天数")
                .contains("WEIGHTED_SUM")
                .contains("排名区间");

        byte[] en = mvc.perform(get("/evaluation/" + r.evaluation().value() + "/report.pdf?lang=en")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfDocumentsTests.text(en))
                .contains("Model-park evaluation report")
                .contains("Days to cash");
    }

    @Test
    void thePagesShowTheRadarAndTheDifferences() throws Exception {
        EvaluationResult r = fixtures.computed(evaluated, EvaluationState.CLOSED, true);
        long a = evaluated.get(0).id().value();
        long b = evaluated.get(1).id().value();
        String base = "/evaluation/" + r.evaluation().value();

        mvc.perform(get(base + "/parks/" + b).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"scorecard-radar\"")))
                .andExpect(content().string(containsString("&quot;indicators&quot;:[&quot;入驻率&quot;")))
                .andExpect(content().string(containsString("id=\"illustrative\"")))
                .andExpect(content().string(containsString("第 2 名（共 3 个园区）")))
                .andExpect(content().string(containsString("/js/reports.js")));
        mvc.perform(get(base + "/compare?a=" + a + "&b=" + b + "&lang=en").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comparison\"")))
                .andExpect(content().string(containsString("comparison-line differs")))
                .andExpect(content().string(containsString("Difference (A − B)")));
    }

    @Test
    void theScorecardShowsEveryLiveFigureOfTheParkToday() throws Exception {
        EvaluationResult r = fixtures.computed(evaluated, EvaluationState.CLOSED, false);
        long park = evaluated.get(0).id().value();
        var today = figures.of(evaluated.get(0).id());
        assertThat(today).containsKey(LiveIndicator.OCCUPANCY);

        String page = mvc.perform(get("/evaluation/" + r.evaluation().value() + "/parks/" + park)
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("平台今日数据")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (LiveIndicator indicator : LiveIndicator.values()) {
            Double value = today.get(indicator);
            String shown = value == null
                    ? "暂无数据"
                    : value == Math.rint(value)
                            ? String.format(java.util.Locale.ROOT, "%,.0f", value)
                            : String.format(java.util.Locale.ROOT, "%,.1f", value);
            assertThat(page)
                    .as(indicator.name())
                    .containsPattern("id=\"live-" + indicator.name() + "\">\\s*<td>[^<]+</td>\\s*<td class=\"num\">"
                            + java.util.regex.Pattern.quote(shown) + "</td>");
        }
    }

    private static List<Row> rows(ReadableWorkbook book, int sheet) throws java.io.IOException {
        try (Stream<Row> rows = book.getSheet(sheet).orElseThrow().openStream()) {
            return rows.toList();
        }
    }
}
