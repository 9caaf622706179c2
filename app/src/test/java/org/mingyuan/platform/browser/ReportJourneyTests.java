package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
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
     * The whole evaluation in the browser: the official creates it on the shipped 克而瑞 system for three parks and a
     * panel of three, enters AHP pairwise judgements and picks TOPSIS; each expert scores on their own account; the
     * official closes, computes, opens a park's scorecard from the ranking and sees its rank and stability.
     */
    @Test
    void anAhpEvaluationOfTheCricSystemIsBuiltScoredAndReadInTheBrowser() {
        long version = jdbc.sql("select v.id from eval_system_version v join eval_system s on s.id = v.system_id"
                        + " where s.code = 'CRIC_MODEL_PARK' and v.version = 1")
                .query(Long.class)
                .single();
        List<Long> evaluated =
                parks.all().subList(0, 3).stream().map(p -> p.id().value()).toList();
        List<String> indicators = jdbc.sql(
                        "select code from eval_node where version_id = ? and kind = 'INDICATOR'" + " order by position")
                .param(version)
                .query(String.class)
                .list();
        List<String> panel = List.of("expert1", "expert2", "expert3");

        logIn("officer");
        browser.get(url("/evaluation/new"));
        browser.findElement(By.id("name")).sendKeys("克而瑞名园测评（AHP）");
        new Select(browser.findElement(By.id("versionId"))).selectByValue(String.valueOf(version));
        for (var box : browser.findElements(By.cssSelector("input[name=parks]"))) {
            boolean wanted = evaluated.contains(Long.valueOf(box.getAttribute("value")));
            if (box.isSelected() != wanted) {
                box.click();
            }
        }
        for (var box : browser.findElements(By.cssSelector("input[name=panel]"))) {
            if (panel.contains(box.getAttribute("value")) && !box.isSelected()) {
                box.click();
            }
        }
        browser.findElement(By.id("create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("setup")));
        String page = browser.getCurrentUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        new Select(browser.findElement(By.id("weighting"))).selectByValue("AHP");
        judge("ahp.categories", 2);
        judge("ahp.ATTRACT", 4, 2, 1);
        judge("ahp.OPERATE", 4, 4, 2, 2, 1);
        new Select(browser.findElement(By.id("ranking"))).selectByValue("TOPSIS");
        replace("topK", "2");
        browser.findElement(By.id("save-setup")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("setup")));
        logOut();

        for (String expert : panel) {
            logIn(expert);
            browser.get(url("/evaluation/" + id + "/scoring"));
            for (int park = 0; park < 3; park++) {
                for (String indicator : indicators) {
                    new Select(browser.findElement(By.id("s-" + evaluated.get(park) + "-" + indicator)))
                            .selectByValue(String.valueOf(4 - 2 * park));
                }
            }
            browser.findElement(By.id("save-scores")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sheet")));
            logOut();
        }

        logIn("officer");
        browser.get(url("/evaluation/" + id));
        browser.findElement(By.id("close")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compute")));
        browser.findElement(By.id("compute")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking-table")));
        assertThat(jdbc.sql("select snapshot from eval_result where evaluation_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("\"weighting\":\"AHP\"", "\"ranking\":\"TOPSIS\"", "\"topK\":2");
        browser.findElement(By.cssSelector("#rank-1 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scorecard-radar canvas")));
        assertThat(browser.findElement(By.id("scorecard-rank")).getText())
                .startsWith("第 1 名（共 3 个园区），排名区间 1–1，进入前 2 名的概率 100.0%");
        assertThat(browser.findElements(By.cssSelector("#scorecard .scorecard-line")))
                .hasSize(indicators.size());
        assertThat(browser.findElement(By.id("line-TEAM")).getText()).contains("招商团队", "5.00", "1.000");
    }

    /** Types the upper triangle of the consistent pairwise matrix of weights {@code w} into the fields {@code prefix}.i.j. */
    private void judge(String prefix, double... w) {
        double[][] matrix = consistent(w);
        for (int i = 0; i < w.length; i++) {
            for (int j = i + 1; j < w.length; j++) {
                var field = browser.findElement(By.name(prefix + "." + i + "." + j));
                field.clear();
                field.sendKeys(String.valueOf(matrix[i][j]));
            }
        }
    }

    private void replace(String id, String value) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
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
