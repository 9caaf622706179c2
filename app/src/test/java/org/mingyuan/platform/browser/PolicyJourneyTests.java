package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mingyuan.platform.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The policy lifecycle in a real Chromium, from the officer's desk to the enterprise's inbox and mailbox: an officer
 * creates a policy on the desk (a refused field shown beside it first), adds a clause by its id and title, writes the
 * rest in the editor, sees an ill-typed condition marked at its line and column, fixes it, simulates it on the live
 * registry, publishes it; the enterprise it concerns finds it in its inbox, and its mailbox (GreenMail, a real SMTP
 * server in this JVM) receives the e-mail.
 */
@TestPropertySource(properties = {"mingyuan.mail.poll-interval=1s", "mingyuan.mail.base-url=http://127.0.0.1"})
class PolicyJourneyTests extends BrowserJourney {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Test
    void anOfficerWritesSimulatesAndPublishesAClauseAndTheEnterpriseFindsItInItsInboxAndMailbox() throws Exception {
        ApiClient api = new ApiClient(port);
        String enterprise = basic("enterprise", "demo");
        var own = api.get("/api/v1/enterprises", enterprise).json().at("/items/0");
        String creditCode = own.get("creditCode").asText();
        String park = api.get("/api/v1/parks/" + own.get("parkId").asLong(), enterprise)
                .json()
                .get("code")
                .asText();
        String address = "finance-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var setting = api.put(
                "/api/v1/enterprises/" + creditCode + "/notification-settings",
                enterprise,
                "{\"email\":\"" + address + "\",\"emailEnabled\":true}");
        assertThat(setting.status()).as(setting.body()).isEqualTo(200);
        String key = "JOURNEY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String clauseId = key + "-TALENT";
        String title = "人才引进奖励 " + key;

        logIn("officer");
        browser.get(url("/policy-desk"));
        browser.findElement(By.id("new-policy")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("policy-form")));
        browser.findElement(By.id("code")).sendKeys(key);
        browser.findElement(By.id("titleZh")).sendKeys("浏览器测试政策 " + key);
        browser.findElement(By.id("titleEn")).sendKeys("Browser journey policy " + key);
        browser.findElement(By.id("departmentZh")).sendKeys("测试部门");
        browser.findElement(By.id("departmentEn")).sendKeys("Test department");
        browser.findElement(By.id("tags")).sendKeys("人才");
        browser.findElement(By.id("interpretation")).sendKeys("浏览器测试。");
        browser.findElement(By.cssSelector("input[name=parks][value='" + park + "']"))
                .click();
        browser.findElement(By.id("create-policy")).click();
        WebElement levelError =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#error-level p")));
        assertThat(levelError.getText()).isEqualTo("必填。");
        assertThat(browser.findElement(By.id("titleZh")).getAttribute("value"))
                .as("what was typed stays")
                .isEqualTo("浏览器测试政策 " + key);
        new Select(browser.findElement(By.id("level"))).selectByValue("PARK");
        browser.findElement(By.id("create-policy")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clause-form")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("政策已创建");
        browser.findElement(By.id("clause-id")).sendKeys(clauseId);
        browser.findElement(By.id("clause-titleZh")).sendKeys(title);
        browser.findElement(By.id("clause-titleEn")).sendKeys("Talent award " + key);
        browser.findElement(By.id("add-clause")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eligibility")));

        type("summaryZh", "园区内企业的人才引进奖励。");
        type("summaryEn", "A talent award for the park's firms.");
        type("amount", "50000.0");
        type("budget", "100000000");
        type("materials", "营业执照");
        type("reviewStages", "园区初审 | park review | 5");
        type("legalBasis", "测试");
        type("contact", "测试");
        type("examples", """
                [{"name": "园区内企业", "facts": {"park": "%s", "staff": 5}, "eligible": true, "amount": 50000}]""".formatted(park));

        WebElement eligibility = browser.findElement(By.id("eligibility"));
        eligibility.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        eligibility.sendKeys("park == '" + park + "'\n&& staff >= 'ten'");
        WebElement marker = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#source-eligibility .error-marker")));
        assertThat(marker.getText()).contains("^").contains(">=");
        assertThat(browser.findElement(By.id("source-eligibility")).getText())
                .containsPattern("2 \\| && staff >= 'ten'\\s+\\|\\s+\\^");

        eligibility.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        eligibility.sendKeys("park == '" + park + "'\n&& staff >= 1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-ok")));
        assertThat(browser.findElement(By.id("check-examples")).getText())
                .contains("✓")
                .doesNotContain("✗");
        browser.findElement(By.id("save-draft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "草稿已保存"));

        browser.findElement(By.id("simulate")).click();
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("simulation-" + clauseId)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#simulation-" + clauseId + " canvas")));
        assertThat(report.getText()).contains(title);

        browser.navigate().back();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amend")));

        logIn("enterprise");
        browser.get(url("/my/inbox"));
        wait.withTimeout(Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(500))
                .until(driver -> {
                    if (!driver.getPageSource().contains(title)) {
                        driver.navigate().refresh();
                        return false;
                    }
                    return true;
                });
        assertThat(browser.findElement(By.id("inbox-messages")).getText()).contains(title);

        MimeMessage mail = mailTo(address, Duration.ofSeconds(20));
        assertThat(mail.getSubject()).contains(title);
    }

    /**
     * The first e-mail GreenMail received for {@code address}, waiting at most {@code limit}: messages queued for
     * other addresses by earlier tests on the same database may be sent first.
     */
    private static MimeMessage mailTo(String address, Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage received : smtp.getReceivedMessages()) {
                if (received.getAllRecipients()[0].toString().equals(address)) {
                    return received;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail reached " + address + " within " + limit);
    }

    /** Replaces the text of the editor's field {@code id} by typing {@code text}. */
    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
