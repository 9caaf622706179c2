package org.mingyuan.platform.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium headless through Debian's chromedriver, given to Selenium explicitly so
 * that nothing is downloaded. Without them the browser tests are skipped, except under CI, where
 * their absence is a failure.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

    private Browser() {}

    /** A new headless Chromium with a fresh profile, speaking Simplified Chinese like an official's browser. */
    static ChromeDriver start(Path profile) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(installed, "Chromium and chromedriver are not installed");
        } else if (!installed) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER);
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
