package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mingyuan.platform.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The policy lifecycle in a real Chromium, from the officer's desk to the enterprise's inbox and mailbox: an officer
 * imports a policy file, writes its clause in the editor, sees an ill-typed condition marked at its line and column,
 * fixes it, simulates it on the live registry, publishes it; the enterprise it concerns finds it in its inbox, and its
 * mailbox (GreenMail, a real SMTP server in this JVM) receives the e-mail.
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
        browser.findElement(By.id("policy-files"))
                .sendKeys(policyFile(key, clauseId, title, park).toString());
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-result")));
        wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("draft-rows")).getDomAttribute("aria-busy") == null);
        assertThat(browser.findElement(By.cssSelector("#draft-" + clauseId + " .qualifying"))
                        .getText())
                .as("the draft's figures arrive after the page")
                .matches("\\d+");
        browser.findElement(By.partialLinkText(clauseId)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eligibility")));

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
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("simulate")));

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

    /** A policy file with one draft clause for the enterprises of {@code park}, and an example that passes. */
    private Path policyFile(String key, String clauseId, String title, String park) throws IOException {
        Path file = Files.createTempFile(profile, key.toLowerCase(), ".yaml");
        Files.writeString(file, """
                format: mingyuan-policy/1
                id: %1$s
                title: {zh: 浏览器测试政策 %1$s, en: Browser journey policy %1$s}
                department: {zh: 测试部门, en: Test department}
                issuedOn: "2026-01-01"
                level: PARK
                interpretation: 浏览器测试。
                tags: [人才]
                parks: [%4$s]
                clauses:
                  - id: %2$s
                    title: {zh: %3$s, en: Talent award %1$s}
                    summary: {zh: 园区内企业的人才引进奖励。, en: A talent award for the park's firms.}
                    eligibility: "park == '%4$s'"
                    amount: "50000.0"
                    budget: 100000000
                    valid: {from: "2026-01-01", until: "2030-01-01"}
                    applicationWindow: {from: "2026-01-01", until: "2029-12-31"}
                    mode: APPLY
                    materials: [营业执照]
                    reviewStages:
                      - {zh: 园区初审, en: park review, workingDays: 5}
                    legalBasis: 测试
                    contact: 测试
                    examples:
                      - name: 园区内企业
                        on: "2026-06-01"
                        facts: {park: %4$s, staff: 5}
                        eligible: true
                        amount: 50000
                """.formatted(key, clauseId, title, park));
        return file;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
