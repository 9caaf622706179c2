package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingyuan.platform.fulfillment.material.MaterialFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The material library in a real Chromium: an enterprise user opens it from the workbench, is told beside the file
 * field that an executable named like a PDF is not one, then uploads a real image and finds it listed.
 */
class MaterialJourneyTests extends BrowserJourney {

    @TempDir
    Path files;

    @Test
    void anEnterpriseIsRefusedARenamedExecutableAndUploadsARealImage() throws IOException {
        Path executable = Files.write(files.resolve("invoice.pdf"), MaterialFiles.elf());
        Path image = Files.write(files.resolve("营业执照 扫描件.png"), MaterialFiles.png());
        logIn("enterprise");
        browser.findElement(By.id("shortcut-materials")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("material-form")));

        new Select(browser.findElement(By.id("type"))).selectByValue("OTHER");
        browser.findElement(By.id("file")).sendKeys(executable.toString());
        browser.findElement(By.id("upload-material")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-file")));
        assertThat(browser.findElement(By.id("error-file")).getText()).contains("application/x-", "application/pdf");

        new Select(browser.findElement(By.id("type"))).selectByValue("BUSINESS_LICENCE");
        browser.findElement(By.id("file")).sendKeys(image.toString());
        browser.findElement(By.id("upload-material")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("materials-table")).getText()).contains("营业执照 扫描件.png", "可复用");
    }
}
