package org.mingyuan.platform.browser;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey through the running platform in a real headless Chromium, one fresh browser per test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    WebDriver browser;
    WebDriverWait wait;

    private ChromeDriver chromium;
    PageChecks checks;

    /**
     * Opens a fresh browser whose every page (by address or by a click that navigates) is checked with
     * axe for WCAG 2.1 A/AA at desktop and 390 px phone width, and for fitting a phone's width.
     */
    @BeforeEach
    void openBrowser() {
        chromium = Browser.start(profile);
        checks = new PageChecks(chromium);
        browser = new EventFiringDecorator<WebDriver>(checks).decorate(chromium);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (chromium == null) {
            return;
        }
        try {
            checks.assertNoneFound();
        } finally {
            chromium.quit();
        }
    }

    /** The browser itself, undecorated, for what the WebDriver interface does not offer (device emulation). */
    ChromeDriver chromium() {
        return chromium;
    }

    /** The address of {@code path} on the platform under test. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Types {@code username} and {@code password} into the login form and sends it. */
    void submitLogin(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    /** Logs in as a demo account and waits for the page that greets it. */
    void logIn(String username) {
        submitLogin(username, "demo");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    }

    /** Logs out with the navigation's button and waits for the page that offers to log in again. */
    void logOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-login")));
    }
}
