package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The industry-chain map in a real Chromium: a park operator opens it from the workbench, sees the heat map drawn and
 * the table, narrows it to its own park and sees its enterprises' names; the page passes the journeys' accessibility
 * and phone-width checks.
 */
class ChainMapJourneyTests extends BrowserJourney {

    @Test
    void anOperatorOpensTheMapFromTheWorkbenchAndNarrowsItToItsPark() {
        logIn("operator");
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-chainMap")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-chain canvas")));
        assertThat(browser.findElements(By.cssSelector("#chain-table .chain-row"))
                        .size())
                .isGreaterThanOrEqualTo(7);
        assertThat(browser.findElements(By.id("chain-members"))).isEmpty();

        new Select(browser.findElement(By.id("chain-park"))).selectByVisibleText("上海区块链技术创新与产业化基地");
        browser.findElement(By.cssSelector("#chain-filters button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chain-members")));
        assertThat(browser.findElements(By.cssSelector("#chain-table .chain-row")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".park-gaps"))).hasSize(1);
    }

    @Test
    void anOfficialReadsItInEnglish() {
        logIn("supervisor");
        browser.get(url("/evaluation/chain?lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-chain canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Industry-chain map");
    }
}
