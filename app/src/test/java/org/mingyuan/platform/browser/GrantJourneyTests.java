package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.policy.PolicyDesk;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An award granted without application (免申即享) in a real Chromium, every page checked with axe: the enterprise finds
 * it from its workbench and confirms it; the department's reviewer sees the clause on the grants console with its fund
 * pool, ticks every grant with "select all" and confirms them; the enterprise follows the approved case it opened.
 */
class GrantJourneyTests extends BrowserJourney {

    @Autowired
    PolicyDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEnterpriseAndTheDepartmentConfirmAGrantFromTheirPages() throws Exception {
        ApiClient api = new ApiClient(port);
        double revenue = 100_000 + new java.util.Random().nextInt(800_000) + 0.59;
        World world = FulfillmentFixtures.world(api, desk, revenue);
        String clause = FulfillmentFixtures.granted(
                desk, world, "JOURNEY", revenue, new BigDecimal("80000"), new BigDecimal("1000000"), null);
        FulfillmentFixtures.await(
                () -> jdbc.sql("select count(*) from fulfillment_grant where clause_id = ? and state = 'PUSHED'")
                                .param(clause)
                                .query(Long.class)
                                .single()
                        == 1);

        logInAs(world.enterprise());
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-grants")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grants-table")));
        assertThat(browser.findElement(By.id("grants-table")).getText()).contains("80,000.00");
        browser.findElement(By.cssSelector("#grants-table button[id^=confirm-]"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("grants-table")).getText()).contains("企业已确认");
        logOut();

        logInAs(world.reviewer());
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-grantDesk")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-clauses")));
        browser.findElement(By.cssSelector("#clause-" + clause + " a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("awaiting-table")));
        browser.findElement(By.id("select-all")).click();
        assertThat(browser.findElement(By.cssSelector("#awaiting-table input[name=ids]"))
                        .isSelected())
                .isTrue();
        browser.findElement(By.id("confirm-selected")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("clause-" + clause)).getText()).contains("80,000.00");
        logOut();

        logInAs(world.enterprise());
        browser.get(url("/grants"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grants-table")));
        assertThat(browser.findElement(By.id("grants-table")).getText()).contains("已确认");
        browser.findElement(By.cssSelector("#grants-table a[href^='/cases/']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-timeline")));
        assertThat(browser.findElement(By.id("case-approved")).getText()).isEqualTo("80,000.00");
        assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("免申即享");
    }

    private void logInAs(String username) {
        submitLogin(username, FulfillmentFixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    }
}
