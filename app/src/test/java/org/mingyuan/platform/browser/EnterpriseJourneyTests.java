package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The enterprise registry in a real Chromium: an enterprise user declares its staff and sees its size
 * class follow, and cannot reach another enterprise; an official filters the list and opens a park's
 * chain chart.
 */
class EnterpriseJourneyTests extends BrowserJourney {

    private String sizeClass() {
        return browser.findElement(By.id("size-class")).getText();
    }

    @Test
    void anEnterpriseDeclaresItsStaffAndSeesItsSizeClassFollow() {
        logIn("enterprise");
        browser.findElement(By.id("nav-my-enterprise")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("size-class")));
        // The demo tenant is in research and technical services (M747): the SME standard's "other
        // industries" group, sized by staff alone (small from 10, medium from 100, large from 300).
        // Shown by its GB/T 4754-2017 name, the code after it.
        assertThat(browser.findElement(By.id("industry-code")).getText()).matches("[\\p{IsHan}、]+ \\(M7\\d{2}\\)");
        boolean medium = sizeClass().equals("中型");
        String staff = medium ? "40" : "150";
        String expected = medium ? "小型" : "中型";

        browser.findElement(By.id("declare-fact")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fact-form")));
        new Select(browser.findElement(By.id("name"))).selectByValue("STAFF");
        browser.findElement(By.id("value")).sendKeys(staff);
        browser.findElement(By.id("sourceNote")).sendKeys("浏览器测试");
        browser.findElement(By.id("save-fact")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(sizeClass()).isEqualTo(expected);
        assertThat(browser.findElement(By.id("fact-STAFF")).getText())
                .contains(staff)
                .contains("企业申报");
        assertThat(browser.findElements(By.cssSelector("#history-STAFF canvas")))
                .isNotEmpty();
    }

    @Test
    void anEnterpriseCannotOpenAnotherEnterpriseByPageOrApi() {
        var api = new ApiClient(port);
        String own = api.get("/api/v1/enterprises", basic("enterprise", "demo"))
                .json()
                .at("/items/0/creditCode")
                .asText();
        JsonNode other = null;
        for (JsonNode candidate : api.get("/api/v1/enterprises?size=5", basic("officer", "demo"))
                .json()
                .get("items")) {
            if (!candidate.get("creditCode").asText().equals(own)) {
                other = candidate;
                break;
            }
        }
        assertThat(other).isNotNull();
        String code = other.get("creditCode").asText();
        String name = other.get("name").asText();

        logIn("enterprise");
        browser.get(url("/enterprises/" + code));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-status")));
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("您要找的页面或记录不存在。");
        assertThat(browser.getPageSource()).doesNotContain(name);

        var answer = api.get("/api/v1/enterprises/" + code, basic("enterprise", "demo"));
        assertThat(answer.status()).isIn(403, 404);
        assertThat(answer.body()).doesNotContain(name);
    }

    @Test
    void anOfficialFiltersBySizeClassAndOpensAParksChainChart() {
        logIn("officer");
        browser.findElement(By.id("nav-enterprises")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enterprise-table")));
        String before = browser.findElement(By.id("enterprise-total")).getText();

        new Select(browser.findElement(By.id("filter-size"))).selectByValue("LARGE");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("enterprise-total"), before)));
        assertThat(browser.getCurrentUrl()).contains("sizeClass=LARGE");
        assertThat(browser.findElements(By.cssSelector("#enterprise-table .enterprise-row .size")))
                .isNotEmpty()
                .allSatisfy(label -> assertThat(label.getText()).isEqualTo("大型"));
        assertThat(browser.findElement(By.id("export-link")).getAttribute("href"))
                .endsWith("/enterprises/export.xlsx?sizeClass=LARGE");

        browser.findElement(By.cssSelector("#enterprise-table .enterprise-row a.park"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#segment-chart canvas")));
        assertThat(browser.findElement(By.id("occupancy-rate")).getText()).endsWith("%");
        assertThat(browser.findElement(By.id("lacking")).getText()).isNotBlank();
    }
}
