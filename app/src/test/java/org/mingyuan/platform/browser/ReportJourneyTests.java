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

    @Test
    void theOfficialReadsAScorecardComparesTwoParksAndDownloadsThePdf() throws Exception {
        List<Park> evaluated = parks.all().subList(0, 3);
        EvaluationResult r =
                new ReportFixtures(systems, evaluations, results).computed(evaluated, EvaluationState.CLOSED, true);
        String base = "/evaluations/" + r.evaluation().value();

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
}
