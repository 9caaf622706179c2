package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Incubation in a real Chromium: an official opens the 杭州 incubator from the workbench and reads every condition met
 * with its figure; the park operator opens its own incubator, records an entry with an unknown credit code and sees
 * the reason beside the field with the code as typed; an enterprise reads its own stay in English. The pages pass the
 * journeys' accessibility and phone-width checks.
 */
class IncubationJourneyTests extends BrowserJourney {

    @Test
    void anOfficialReadsTheConditionsOfTheIncubatorThatMeetsThem() {
        logIn("supervisor");
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-incubation")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incubators")));
        browser.findElement(By.linkText("未来区块链创新中心孵化器（示例数据）")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conditions-NATIONAL_2018")));
        assertThat(browser.findElement(By.id("verdict-NATIONAL_2018")).getAttribute("class"))
                .isEqualTo("met");
        assertThat(browser.findElement(By.cssSelector("#condition-GRADUATES-GRADUATES .figure"))
                        .getText())
                .isEqualTo("22 家");
        assertThat(browser.findElements(By.id("incubatee-form"))).isEmpty();
    }

    @Test
    void anOperatorSeesARefusedEntryBesideTheField() {
        logIn("operator");
        browser.get(url("/incubation"));
        browser.findElement(By.linkText("湾谷科技园C7区块链孵化基地（示例数据）")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incubatee-form")));
        assertThat(browser.findElement(By.id("verdict-NATIONAL_2018")).getAttribute("class"))
                .isEqualTo("not-met");
        browser.findElement(By.id("incubatee-credit")).sendKeys("91310110MA1XXXXXXX");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('incubatee-entered').value = '2025-01-02'");
        browser.findElement(By.id("enter-incubatee")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-creditCode")));
        assertThat(browser.findElement(By.id("error-creditCode")).getText()).contains("91310110MA1XXXXXXX");
        assertThat(browser.findElement(By.id("incubatee-credit")).getAttribute("value"))
                .isEqualTo("91310110MA1XXXXXXX");
    }

    @Test
    void anEnterpriseReadsItsOwnStayInEnglish() {
        logIn("enterprise");
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-myIncubation")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-stays")));
        browser.get(url("/my/incubation?lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-stays")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My incubation and financing");
        assertThat(browser.findElement(By.id("my-stays")).getText()).contains("湾谷科技园C7区块链孵化基地");
    }
}
