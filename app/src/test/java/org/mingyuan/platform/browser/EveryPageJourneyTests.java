package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of the platform, each opened as a role that may see it, so that the checks of
 * {@link BrowserJourney} (axe-core for WCAG 2.1 A/AA at desktop and phone width, and fitting a
 * 390 px phone) run on all of them; and the phone menu, the announced result counts and the announced
 * notice after a change at work.
 */
class EveryPageJourneyTests extends BrowserJourney {

    private void open(String path, String expectedId) {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(expectedId)));
    }

    private String firstParkPath() {
        browser.get(url("/parks"));
        return browser.findElement(By.cssSelector("#park-rows a")).getAttribute("href");
    }

    @Test
    void publicPagesAsAVisitor() {
        open("/", "home-evaluation");
        open("/login", "login-submit");
        browser.get(firstParkPath());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("segment-table")));
        open("/ledger", "nav-ledger");
        open("/ledger?index=0", "entry-fields");
        open("/ledger/verify", "nav-ledger");
        open("/notices", "notice-list");
        browser.findElement(By.id("nav-scenarios")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scenario-board")));
        open("/parks/999999", "error-status");
    }

    @Test
    void anEnterpriseUsersPages() {
        logIn("enterprise");
        assertThat(browser.getCurrentUrl()).endsWith("/workbench");
        browser.findElement(By.id("shortcut-myEnterprise")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-profile")));
        browser.findElement(By.id("edit-profile")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declare-fact")));
        browser.findElement(By.id("declare-fact")).click();
        wait.until(ExpectedConditions.urlContains("/facts/new"));
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ledger-receipts")));
        browser.findElement(By.id("ledger-receipts")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipts-table")));
        open("/move-ins", "move-ins-table");
        open("/my/recognition", "recognition-current");
        open("/my/incubation", "my-stays");
        open("/my/scenarios", "my-proposals");
        open("/workbench", "inbox-badge");
        browser.findElement(By.id("shortcut-inbox")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-form")));
    }

    @Test
    void anOfficersPages() {
        logIn("officer");
        open("/workbench", "workbench-shortcuts");
        open("/enterprises", "enterprise-table");
        browser.findElement(By.cssSelector("#enterprise-table .enterprise-row a"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-link-form")));
        open("/imports", "nav-imports");
        open("/my/enterprise", "no-enterprise");
        open("/clauses/DEMO-NEVER-PUSHED/deliveries", "deliveries-none");
        open("/evaluation", "evaluations");
        open("/evaluation/new", "create");
        open("/evaluation/systems", "systems");
        open("/evaluation/chain", "chain-table");
        open("/recognition", "recognition-queue");
        open("/incubation", "incubators");
        open("/scenario-desk", "desk-scenarios");
    }

    @Test
    void anOperatorsPages() {
        logIn("operator");
        browser.findElement(By.id("shortcut-myPark")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("occupancy-rate")));
        browser.findElement(By.id("space-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lease-form")));
        browser.findElement(By.id("move-ins-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("move-in-form")));
        open("/enterprises", "enterprise-table");
        open("/imports", "nav-imports");
    }

    @Test
    void aFinanceOfficialsPages() {
        logIn("finance");
        open("/payouts", "payable-cases");
        open("/budgets", "budgets-table");
    }

    @Test
    void anAdministratorsAndASupervisorsPages() {
        logIn("admin");
        open("/accounts", "accounts-table");
        open("/accounts/new", "account-form");
        browser.findElement(By.id("username")).sendKeys("Not Valid");
        browser.findElement(By.id("displayName")).sendKeys("旅程");
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.id("create-account")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-username")));
        open("/fact-kinds", "fact-kinds");
        browser.findElement(By.id("key")).sendKeys("REVENUE");
        browser.findElement(By.id("labelZh")).sendKeys("旅程");
        browser.findElement(By.id("labelEn")).sendKeys("Journey");
        browser.findElement(By.id("add-fact-kind")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-key")));
        open("/accounts/admin", "roles-form");
        browser.findElement(By.id("toggle-enabled")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-errors")));
        open("/my/tokens", "token-form");
        browser.findElement(By.id("token-name")).sendKeys("journey");
        browser.findElement(By.id("issue-token")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token-value")));
        open("/my/tokens", "tokens-table");
        browser.findElement(By.cssSelector("#tokens-table button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("announcer"), "令牌已撤销。"));
        browser.get(firstParkPath());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account-link-form")));
        browser.findElement(By.id("link-username")).sendKeys("nobody");
        browser.findElement(By.id("link-account")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-username")));
        open("/audit", "nav-audit");
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("loggedOut"));
        logIn("supervisor");
        open("/audit", "nav-audit");
        open("/audit?action=LOGIN&from=2026-01-01", "audit-filters");
        open("/audit?from=2026-02-30", "filter-errors");
        open("/ratings/follow-ups?overdue=true", "follow-ups");
        open("/ratings/appeals", "appeals");
        open("/workbench", "shortcut-supervision");
        open("/supervision", "supervision-filters");
        open("/supervision?lang=en", "fulfilment-total");
        open("/supervision?from=2026-02-30&lang=zh-CN", "supervision-errors");
    }

    @Test
    void onAPhoneTheMenuIsADisclosureButton() {
        browser.get(url("/parks"));
        // After the page's own checks, which end their phone emulation.
        chromium()
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        var toggle = browser.findElement(By.id("menu-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("nav-parks")).isDisplayed()).isFalse();
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.id("nav-parks")).isDisplayed()).isTrue();
    }

    @Test
    void theParkSearchAnnouncesItsCount() {
        browser.get(url("/parks"));
        assertThat(browser.findElement(By.cssSelector("label[for=park-search]")).getText())
                .isEqualTo("搜索园区");
        browser.findElement(By.id("park-search")).sendKeys("昆明");
        wait.until(ExpectedConditions.textToBe(By.id("announcer"), "共 1 个园区"));
        assertThat(browser.findElement(By.id("announcer")).getAttribute("role")).isEqualTo("status");
        Object wrapped = ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('#park-table').parentElement.getAttribute('role');");
        assertThat(wrapped).isEqualTo("region");
    }
}
