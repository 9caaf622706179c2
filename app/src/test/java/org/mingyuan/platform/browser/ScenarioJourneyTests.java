package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.scenarios.ScenarioFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An application scenario from publication to acceptance in a real Chromium, every page checked with axe: the
 * department's officer publishes it from the workbench; the eligible firm finds it pushed in its inbox and proposes;
 * the panel's two experts score it; the officer names the winner and sets a milestone; the firm delivers; the officer
 * accepts the milestone and the whole; the park's scorecard counts one more scenario opened and one more won.
 */
class ScenarioJourneyTests extends BrowserJourney {

    @Autowired
    PolicyDesk policies;

    @Autowired
    LiveMatcher live;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScenarioGoesFromPublicationToAcceptanceAndCountsOnTheParksScorecard() throws Exception {
        ScenarioFixtures w = ScenarioFixtures.world(new ApiClient(port), policies, live);
        long evaluation = jdbc.sql("select e.id from eval_evaluation e join eval_evaluation_park p"
                        + " on p.evaluation_id = e.id where p.park_id = ? and e.state = 'PUBLISHED' order by e.id")
                .param(w.parkId())
                .query(Long.class)
                .list()
                .get(0);
        String scorecard = "/evaluation/" + evaluation + "/parks/" + w.parkId();
        logIn("officer");
        browser.get(url(scorecard));
        long openedBefore = figure("SCENARIOS_OPENED");
        long wonBefore = figure("SCENARIOS_WON");
        logOut();

        logInAs(w.officer());
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-scenarioDesk")).click();
        browser.findElement(By.id("new-scenario")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scenario-form")));
        new Select(browser.findElement(By.id("parkId"))).selectByValue(Long.toString(w.parkId()));
        type("titleZh", "电子证照跨部门共享 " + w.tag());
        type("titleEn", "Cross-department e-licence sharing " + w.tag());
        type("needOwner", "市政务服务管理局");
        type("description", "营业执照等电子证照在政务服务中跨部门共享，以联盟链存证调用记录。");
        type("targets", "调用响应 < 200 ms；上链存证可验证");
        type("budget", "1,200,000");
        date("deadline", RegistryTime.today().plusDays(20).toString());
        type("eligibility", ScenarioFixtures.ELIGIBILITY);
        type("criterion-name-0", "技术方案");
        type("criterion-weight-0", "60");
        type("criterion-max-0", "100");
        type("criterion-name-1", "实施能力");
        type("criterion-weight-1", "40");
        type("criterion-max-1", "50");
        browser.findElement(By.id("panel-" + w.expert1())).click();
        browser.findElement(By.id("panel-" + w.expert2())).click();
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        String page = browser.getCurrentUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(browser.findElement(By.id("scenario-state")).getText()).isEqualTo("征集中");
        logOut();

        FulfillmentFixtures.await(
                () -> jdbc.sql("select count(*) from policy_inbox where credit_code = ? and clause_id = ?")
                                .params(w.codeA(), "scenario:" + id)
                                .query(Long.class)
                                .single()
                        == 1);
        logInAs(w.firmA());
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-inbox")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-messages")));
        assertThat(browser.findElement(By.id("inbox-messages")).getText()).contains("电子证照跨部门共享");
        browser.findElement(By.cssSelector("#inbox-messages a[href='/scenarios/" + id + "']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal-form")));
        assertThat(browser.findElement(By.id("eligibility-verdict")).getText()).contains("符合揭榜条件");
        type("summary", "以联盟链为证照调用留痕，三个月内对接市内 12 个部门。");
        type("quote", "980000");
        browser.findElement(By.id("submit-proposal")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-proposal")));
        long proposal = jdbc.sql("select id from scenario_proposal where scenario_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        logOut();

        logInAs(w.officer());
        browser.get(url("/scenarios/" + id));
        browser.findElement(By.id("close-call")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("scenario-state")).getText()).isEqualTo("评审中");
        logOut();

        score(w.expert1(), id, proposal, "85", "45");
        score(w.expert2(), id, proposal, "75", "35");

        logInAs(w.officer());
        browser.get(url("/scenarios/" + id));
        assertThat(browser.findElement(By.cssSelector("#standing-" + proposal + " .total"))
                        .getText())
                .isEqualTo("80.00");
        browser.findElement(By.id("name-winner")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("milestone-form")));
        type("milestone-name", "十二个部门接入并试运行");
        date("milestone-due", RegistryTime.today().plusDays(90).toString());
        browser.findElement(By.id("add-milestone")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#milestones .milestone")));
        logOut();

        logInAs(w.firmA());
        browser.get(url("/scenarios/" + id));
        assertThat(browser.findElement(By.id("you-won")).isDisplayed()).isTrue();
        WebElement deliver = browser.findElement(By.cssSelector("form[id^=deliver-]"));
        String milestone = deliver.getAttribute("id").substring("deliver-".length());
        type("note-" + milestone, "12 个部门已接入，试运行一个月无故障。");
        browser.findElement(By.id("submit-deliver-" + milestone)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        logOut();

        logInAs(w.officer());
        browser.get(url("/scenarios/" + id));
        browser.findElement(By.id("accept-" + milestone)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptance-form")));
        type("acceptance-note", "各项技术指标达标，同意验收。");
        browser.findElement(By.id("accept-scenario")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scenario-acceptance")));
        assertThat(browser.findElement(By.id("scenario-state")).getText()).isEqualTo("已验收");
        logOut();

        browser.get(url("/scenarios"));
        assertThat(browser.findElement(By.id("scenario-" + id)).getText()).contains("已验收", "办理测试企业");
        logIn("officer");
        browser.get(url(scorecard));
        assertThat(figure("SCENARIOS_OPENED")).isEqualTo(openedBefore + 1);
        assertThat(figure("SCENARIOS_WON")).isEqualTo(wonBefore + 1);
    }

    private void score(String expert, long id, long proposal, String first, String second) {
        logInAs(expert);
        browser.get(url("/workbench"));
        browser.findElement(By.id("shortcut-scenarioPanel")).click();
        browser.findElement(By.id("assignment-" + id)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("score-" + proposal)));
        type("score-" + proposal + "-0", first);
        type("score-" + proposal + "-1", second);
        browser.findElement(By.id("submit-score-" + proposal)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("sheet-" + proposal)).getText()).contains("已评分");
        logOut();
    }

    private long figure(String indicator) {
        String shown = browser.findElement(By.cssSelector("#live-" + indicator + " td.num"))
                .getText();
        return Long.parseLong(shown.replace(",", ""));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void date(String id, String day) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), day);
    }

    private void logInAs(String username) {
        submitLogin(username, FulfillmentFixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    }
}
