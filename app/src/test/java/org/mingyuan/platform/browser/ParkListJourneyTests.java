package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An official logs in through the form in a real Chromium and opens the park list and a park. */
class ParkListJourneyTests extends BrowserJourney {

    @Test
    void officerLogsInAndOpensTheParkList() {
        browser.get(url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        submitLogin("officer", "demo");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("officer");
        assertThat(browser.findElement(By.className("roles")).getText()).contains("政策主管部门");

        browser.findElement(By.id("nav-parks")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("park-table")));
        assertThat(browser.findElements(By.className("park-row")).size()).isGreaterThanOrEqualTo(7);
        assertThat(browser.findElement(By.id("park-table")).getText())
                .contains("上海区块链技术创新与产业化基地")
                .contains("19,000 m²");

        browser.findElement(By.linkText("上海区块链技术创新与产业化基地")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("park-targets")));
        assertThat(browser.findElement(By.id("park-floor-area")).getText())
                .contains("19,000 m²")
                .contains("有来源");
        assertThat(browser.findElement(By.id("park-targets")).getText())
                .contains("区块链企业数")
                .contains("12.0%");
    }

    @Test
    void searchFiltersTheListAsYouTypeAndEnglishSwitchTranslates() {
        browser.get(url("/parks"));
        browser.findElement(By.id("park-search")).sendKeys("昆明");
        wait.until(driver -> driver.findElements(By.className("park-row")).size() == 1);
        assertThat(browser.findElement(By.id("park-rows")).getText()).contains("云南省区块链中心");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Parks"));
        assertThat(browser.findElement(By.id("park-table")).getText()).contains("Yunnan Blockchain Centre");
    }

    @Test
    void aWrongPasswordIsTold() {
        submitLogin("officer", "not-the-password");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
    }
}
