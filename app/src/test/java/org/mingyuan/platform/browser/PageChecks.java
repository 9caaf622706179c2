package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks every page a journey visits, at desktop width and at a 390 px phone's: axe-core (bundled in
 * Deque's jar, nothing fetched) finds no WCAG 2.1 A/AA violation, and on the phone the page is no
 * wider than its viewport. Listens to the browser so a page reached by address or by a click that
 * navigates is checked alike. Selenium's decorator swallows what a listener throws, so the problems
 * found are kept and asserted after the journey ({@link #assertNoneFound()}); it calls the listener by
 * reflection, so the class is public.
 */
public final class PageChecks implements WebDriverListener {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final int PHONE_WIDTH = 390;

    private final ChromeDriver browser;
    private final List<String> problems = new ArrayList<>();
    private String lastChecked = "";

    PageChecks(ChromeDriver browser) {
        this.browser = browser;
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        check();
    }

    @Override
    public void afterClick(WebElement element) {
        if (!browser.getCurrentUrl().equals(lastChecked)) {
            check();
        }
    }

    /** Fails with every problem found on the pages visited so far. */
    void assertNoneFound() {
        assertThat(problems)
                .as("accessibility and phone-width problems on the pages visited")
                .isEmpty();
    }

    /** Forgets the problems found so far (for the test that shows the checks can fail). */
    void forgetFound() {
        problems.clear();
    }

    /** Checks the page now shown, at desktop and at phone width, and keeps what it finds. */
    void check() {
        try {
            checkNow();
        } catch (AssertionError | RuntimeException problem) {
            problems.add(problem.toString());
        }
    }

    private void checkNow() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        String url = browser.getCurrentUrl();
        lastChecked = url;
        assertAccessible(url + " at desktop width");
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            // A phone's browser zooms out to fit a wide page, which widens innerWidth with it: compare
            // the page's width with the phone's.
            Number width = (Number)
                    ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            assertThat(width.longValue())
                    .as("width of %s at %d px (scrollWidth <= innerWidth); too wide: %s", url, PHONE_WIDTH, tooWide())
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            assertAccessible(url + " at " + PHONE_WIDTH + " px");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The innermost elements reaching past the phone's width, to name in a failure. */
    private Object tooWide() {
        return ((JavascriptExecutor) browser)
                .executeScript(
                        "var w = arguments[0]; return Array.from(document.querySelectorAll('body *'))"
                                + ".filter(function (e) { return e.getBoundingClientRect().right > w && !Array.from(e.children)"
                                + ".some(function (c) { return c.getBoundingClientRect().right > w; }); })"
                                + ".slice(0, 5).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className + ' '"
                                + " + Math.round(e.getBoundingClientRect().right); });",
                        PHONE_WIDTH);
    }

    private void assertAccessible(String where) {
        List<Rule> violations =
                new AxeBuilder().withTags(WCAG_21_AA).analyze(browser).getViolations();
        assertThat(violations)
                .as("WCAG 2.1 A/AA violations on %s:%n%s", where, describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()) + " " + node.getFailureSummary())
                                .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
