package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationState;
import org.mingyuan.platform.evaluation.internal.Evaluations;
import org.mingyuan.platform.evaluation.internal.Results;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.evaluation.report.PdfDocumentsTests;
import org.mingyuan.platform.evaluation.report.ReportFixtures;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports of a stored result in a real Chromium, every page checked with axe: the official opens a park's
 * scorecard and sees its rank, stability and the radar chart drawn, compares two parks, and downloads the PDF report
 * from the page, whose Chinese text PDFBox extracts exactly.
 */
class ReportJourneyTests extends BrowserJourney {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Systems systems;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Results results;

    @Autowired
    ParkCatalog parks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficialReadsAScorecardComparesTwoParksAndDownloadsThePdf() throws Exception {
        List<Park> evaluated = parks.all().subList(0, 3);
        EvaluationResult r =
                new ReportFixtures(systems, evaluations, results).computed(evaluated, EvaluationState.CLOSED, true);
        String base = "/evaluation/" + r.evaluation().value();

        logIn("officer");
        browser.get(url(base + "/parks/" + evaluated.get(1).id().value()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scorecard-radar canvas")));
        assertThat(browser.findElement(By.id("scorecard-rank")).getText())
                .isEqualTo("第 2 名（共 3 个园区），排名区间 1–3，进入前 2 名的概率 75.0%。");
        assertThat(browser.findElement(By.id("illustrative")).getText()).startsWith("示例数据");
        assertThat(browser.findElements(By.cssSelector("#scorecard .scorecard-line")))
                .hasSize(3);

        browser.findElement(By.linkText("选择两个园区对比")).click();
        new Select(browser.findElement(By.id("compare-b")))
                .selectByValue(String.valueOf(evaluated.get(2).id().value()));
        browser.findElement(By.cssSelector("#compare-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comparison")));
        assertThat(browser.findElement(By.id("compare-OCC")).getText()).contains("80.00", "60.00", "20.00");

        browser.get(url(base + "/parks/" + evaluated.get(0).id().value()));
        String href = browser.findElement(By.id("report-pdf")).getAttribute("href");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(PdfDocumentsTests.text(pdf.body()))
                .contains("名园测评报告：" + r.name())
                .contains("示例数据")
                .contains(evaluated.get(0).nameZh());
    }

    /**
     * The evaluation itself goes through the evaluation API: the official creates it on the shipped 克而瑞 system with AHP pairwise matrices and TOPSIS, three experts score on their own
     * accounts, the official closes and computes; the browser then shows the ranking's scorecard with its stability.
     */
    @Test
    void anAhpEvaluationOfTheCricSystemScoredByThePanelIsReadInTheBrowser() throws Exception {
        ApiClient api = new ApiClient(port);
        long version = jdbc.sql("select v.id from eval_system_version v join eval_system s on s.id = v.system_id"
                        + " where s.code = 'CRIC_MODEL_PARK' and v.version = 1")
                .query(Long.class)
                .single();
        List<Long> evaluated =
                parks.all().subList(0, 3).stream().map(p -> p.id().value()).toList();
        String order = JSON.writeValueAsString(Map.of(
                "name",
                "克而瑞名园测评（AHP）",
                "versionId",
                version,
                "parks",
                evaluated,
                "panel",
                List.of("expert1", "expert2", "expert3"),
                "setup",
                Map.of(
                        "weighting",
                        "AHP",
                        "ahp",
                        Map.of(
                                "categories", new double[][] {{1, 2}, {0.5, 1}},
                                "ATTRACT", consistent(3, 2, 1),
                                "OPERATE", consistent(5, 4, 3, 2, 1)),
                        "ranking",
                        "TOPSIS",
                        "spread",
                        0.10,
                        "draws",
                        500,
                        "topK",
                        2,
                        "seed",
                        7)));
        ApiClient.Response created =
                api.post("/api/v1/evaluation/evaluations", ApiClient.basic("officer", "demo"), order);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").get("value").asLong();
        List<String> indicators = jdbc.sql(
                        "select code from eval_node where version_id = ? and kind = 'INDICATOR'" + " order by position")
                .param(version)
                .query(String.class)
                .list();
        for (String expert : List.of("expert1", "expert2", "expert3")) {
            List<Map<String, Object>> sheet = new ArrayList<>();
            for (int park = 0; park < 3; park++) {
                for (String indicator : indicators) {
                    sheet.add(Map.of("parkId", evaluated.get(park), "indicator", indicator, "level", 4 - 2 * park));
                }
            }
            ApiClient.Response scored = api.put(
                    "/api/v1/evaluation/evaluations/" + id + "/scores/mine",
                    ApiClient.basic(expert, "demo"),
                    JSON.writeValueAsString(sheet));
            assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        }
        assertThat(api.post("/api/v1/evaluation/evaluations/" + id + "/close", ApiClient.basic("officer", "demo"), "")
                        .status())
                .isEqualTo(200);
        ApiClient.Response computed =
                api.post("/api/v1/evaluation/evaluations/" + id + "/compute", ApiClient.basic("officer", "demo"), "");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);

        logIn("officer");
        browser.get(url("/evaluation/" + id));
        browser.findElement(By.cssSelector("#rank-1 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scorecard-radar canvas")));
        assertThat(browser.findElement(By.id("scorecard-rank")).getText())
                .startsWith("第 1 名（共 3 个园区），排名区间 1–1，进入前 2 名的概率 100.0%");
        assertThat(browser.findElements(By.cssSelector("#scorecard .scorecard-line")))
                .hasSize(indicators.size());
        assertThat(browser.findElement(By.id("line-TEAM")).getText()).contains("招商团队", "5.00", "1.000");
    }

    /** A perfectly consistent pairwise matrix of the weights {@code w}: a[i][j] = w[i] / w[j]. */
    private static double[][] consistent(double... w) {
        double[][] matrix = new double[w.length][w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                matrix[i][j] = w[i] / w[j];
            }
        }
        return matrix;
    }
}
