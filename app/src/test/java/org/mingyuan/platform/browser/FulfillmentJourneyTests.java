package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.MovableClock;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * One-stop application and review in a real Chromium, every page checked with axe: the enterprise picks two clauses
 * from one form that shows the facts the platform holds, is told beside the field what is missing, files them; the
 * park's operator and the department's reviewer act from their review workbench, the reviewer rejects one clause citing
 * a condition of the explanation; finance approves the other; the enterprise sees both outcomes on its case pages with
 * each step's time, stage and due date. The approved award is listed in public notice; once the notice period has
 * passed (the platform's clock moved on), finance pays it on the case page, the supervisor sees the fulfilment rate and
 * the time to cash change, and the enterprise sees 已拨付 with the day and rates the service.
 */
@Import(MovableClock.AsPlatformClock.class)
class FulfillmentJourneyTests extends BrowserJourney {

    @Autowired
    MovableClock clock;

    @AfterEach
    void backToNow() {
        clock.moveTo(Instant.now());
    }

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    MaterialLibrary library;

    @Autowired
    Callers callers;

    @Test
    void anEnterpriseAppliesForTwoClausesAtOnceAndReviewersDecideFromTheirWorkbench() throws Exception {
        ApiClient api = new ApiClient(port);
        World world = FulfillmentFixtures.world(api, desk, 2500);
        String award = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "AWARD",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                new BigDecimal("1000000"),
                FulfillmentFixtures.parkDepartmentFinance());
        String talent = FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "TALENT",
                "revenue >= 10.0",
                null,
                null,
                List.of(new ReviewStage("部门审核", "department review", 10, StageRole.DEPARTMENT)));

        long licence = FulfillmentFixtures.upload(library, callers, world, "BUSINESS_LICENCE", false);

        logInAs(world.enterprise());
        browser.get(url("/enterprises/" + world.creditCode() + "/apply"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-form")));
        assertThat(browser.findElement(By.id("material-current-0")).getText())
                .contains("business_licence.png")
                .contains(Long.toString(licence));
        tick(award);
        tick(talent);
        browser.findElement(By.id("contactName")).sendKeys("张三");
        browser.findElement(By.id("contactPhone")).sendKeys("call me");
        browser.findElement(By.id("submit-application")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-contactPhone")));
        assertThat(browser.findElement(By.id("contactName")).getAttribute("value"))
                .isEqualTo("张三");
        assertThat(browser.findElement(By.cssSelector("input[name=clauses][value='" + award + "']"))
                        .isSelected())
                .isTrue();
        WebElement phone = browser.findElement(By.id("contactPhone"));
        phone.clear();
        phone.sendKeys("021-5555 0000");
        browser.findElement(By.id("submit-application")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases-table")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("申报已提交");
        assertThat(browser.findElements(By.cssSelector("#cases-table .case-row")))
                .hasSize(2);
        String awardCase = caseOf(award);
        String talentCase = caseOf(talent);
        logOut();

        logInAs(world.operator());
        WebElement task = browser.findElement(By.id("task-fulfillment.task.review"));
        assertThat(task.getText()).contains("件办件等待您所在环节办理");
        task.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-queue")));
        browser.findElement(By.id("review-" + awardCase)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-form")));
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElements(By.id("approve-form"))).isEmpty();
        logOut();

        logInAs(world.reviewer());
        browser.get(url("/review"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-queue")));
        assertThat(browser.findElement(By.id("review-queue")).getText()).contains(world.creditCode());
        browser.findElement(By.id("review-" + talentCase)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reject-form")));
        browser.findElement(By.id("condition-0")).click();
        browser.findElement(By.id("reject-note")).sendKeys("人才证明与申报不符");
        browser.findElement(By.id("reject")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "未通过"));
        browser.get(url("/cases/" + awardCase));
        WebElement amount = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-amount")));
        amount.clear();
        amount.sendKeys("300000");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-errors")));
        assertThat(browser.findElement(By.id("case-errors")).getText()).contains("超过上限");
        amount = browser.findElement(By.id("approve-amount"));
        amount.clear();
        amount.sendKeys("180000");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-stage"), "财政"));
        logOut();

        logInAs(world.finance());
        browser.get(url("/review"));
        browser.findElement(By.id("review-" + awardCase)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approve-form")));
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已核准"));
        browser.get(url("/budgets"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("budgets-table")));
        assertThat(browser.findElement(By.id("budgets-table")).getText()).contains("180,000.00");
        logOut();

        var approved = api.get("/api/v1/cases/" + awardCase, world.auth(world.finance()))
                .json();
        LocalDate listedFrom =
                LocalDate.parse(approved.at("/reviewCase/noticeFrom").asText());
        LocalDate listedUntil =
                LocalDate.parse(approved.at("/reviewCase/noticeUntil").asText());
        clock.moveTo(listedFrom.atTime(10, 0).atZone(RegistryTime.ZONE).toInstant());
        browser.get(url("/notices"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .as("the approved award is listed in public notice")
                .contains(world.creditCode())
                .contains("180,000.00");

        WebElement total = supervisorSees(world);
        assertThat(total.findElement(By.cssSelector("td:nth-child(3)")).getText())
                .isEqualTo("180,000.00");
        assertThat(total.findElement(By.cssSelector(".rate-count")).getText()).isEqualTo("0.00 %");
        assertThat(total.findElement(By.cssSelector("td:nth-child(8)")).getText())
                .isEqualTo("—");
        assertThat(browser.findElement(By.id("supervision-export")).getAttribute("href"))
                .contains("/supervision/export.xlsx");
        logOut();

        clock.moveTo(
                listedUntil.plusDays(1).atTime(10, 0).atZone(RegistryTime.ZONE).toInstant());
        logInAs(world.finance());
        browser.get(url("/cases/" + awardCase));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payout-form")));
        String paidOn = browser.findElement(By.id("payout-paid-on")).getAttribute("value");
        browser.findElement(By.id("payout-voucher")).sendKeys("JOURNEY-" + FulfillmentFixtures.suffix());
        browser.findElement(By.id("pay")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已拨付"));
        logOut();

        total = supervisorSees(world);
        assertThat(total.findElement(By.cssSelector(".rate-count")).getText()).isEqualTo("100.00 %");
        assertThat(total.findElement(By.cssSelector(".rate-amount")).getText()).isEqualTo("100.00 %");
        assertThat(total.findElement(By.cssSelector("td:nth-child(8)")).getText())
                .as("days from application to cash")
                .isNotEqualTo("—");
        logOut();

        logInAs(world.enterprise());
        browser.get(url("/cases/" + awardCase));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-timeline")));
        assertThat(browser.findElement(By.id("case-approved")).getText()).isEqualTo("180,000.00");
        assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("已拨付");
        assertThat(browser.findElement(By.id("paid-on")).getText()).isEqualTo(paidOn);
        List<WebElement> steps = browser.findElements(By.cssSelector("#case-timeline .timeline-row"));
        assertThat(steps).hasSize(5);
        assertThat(steps.get(1).getText()).contains("园区初审").contains(world.operator());
        assertThat(steps.get(3).getText()).contains("核准").contains(world.finance());
        assertThat(steps.get(4).getText()).contains("已拨付").contains(world.finance());
        assertThat(browser.findElement(By.id("case-materials")).getText()).contains(Long.toString(licence));
        browser.findElement(By.id("rating-level-4")).click();
        browser.findElement(By.id("rating-comment")).sendKeys("兑现及时");
        browser.findElement(By.id("rate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-level")));
        assertThat(browser.findElement(By.id("rating-level")).getText()).contains("满意");
        browser.get(url("/cases/" + talentCase));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-timeline")));
        assertThat(browser.findElement(By.id("case-timeline")).getText())
                .contains("不符合")
                .contains("营业收入")
                .contains("人才证明与申报不符");
    }

    /** The supervisor's fulfilment total for the world's department. */
    private WebElement supervisorSees(World world) {
        logIn("supervisor");
        browser.findElement(By.id("nav-supervision")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-filters")));
        new Select(browser.findElement(By.id("filter-department"))).selectByVisibleText(world.department());
        browser.findElement(By.cssSelector("#supervision-filters button")).click();
        wait.until(ExpectedConditions.urlContains("department="));
        return browser.findElement(By.cssSelector("#fulfilment-total .fulfilment-line"));
    }

    private void logInAs(String username) {
        submitLogin(username, FulfillmentFixtures.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    }

    private void tick(String clauseId) {
        browser.findElement(By.cssSelector("input[name=clauses][value='" + clauseId + "']"))
                .click();
    }

    private String caseOf(String clauseId) {
        for (WebElement row : browser.findElements(By.cssSelector("#cases-table .case-row"))) {
            if (row.getText().contains(clauseId.substring(clauseId.lastIndexOf('-') + 1))) {
                return row.findElement(By.cssSelector("a")).getText();
            }
        }
        throw new AssertionError("no case row for " + clauseId);
    }
}
