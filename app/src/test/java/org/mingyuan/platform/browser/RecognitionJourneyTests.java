package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.recognition.RecognitionApplications;
import org.mingyuan.platform.recognition.RecognitionFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recognition in a real Chromium: the officer finds a firm's application in the district review from the workbench
 * and passes it to the panel, three demo experts each give an agreeing opinion on the panel page, and the officer
 * confirms the majority: the application shows 已认定 with its validity.
 */
class RecognitionJourneyTests extends BrowserJourney {

    @Autowired
    PolicyDesk policies;

    @Autowired
    RecognitionApplications applications;

    @Autowired
    MaterialLibrary library;

    @Autowired
    Callers callers;

    @Test
    void anOfficerPassesAnApplicationExpertsAgreeAndTheOfficerRecognisesTheFirm() {
        var api = new ApiClient(port);
        World world = FulfillmentFixtures.world(api, policies, 500);
        long id = RecognitionFixtures.applied(
                        api, applications, callers, world, RecognitionFixtures.evidence(library, callers, world))
                .id();
        By row = By.id("application-" + id);

        logIn("officer");
        browser.findElement(By.id("shortcut-recognitionDesk")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("state-filter")));
        new Select(browser.findElement(By.id("state"))).selectByValue("DISTRICT_REVIEW");
        browser.findElement(By.cssSelector("#state-filter button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        browser.findElement(row).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("district-form")));
        assertThat(browser.findElement(By.id("criteria-met")).getText()).contains("5");
        browser.findElement(By.id("district-pass")).click();
        browser.findElement(By.id("district-note")).sendKeys("材料齐全，营收与知识产权核实无误");
        browser.findElement(By.id("district-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("专家评审中");
        logOut();

        for (String expert : new String[] {"expert1", "expert2", "expert3"}) {
            logIn(expert);
            browser.findElement(By.id("shortcut-recognitionPanel")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            browser.findElement(row).findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("opinion-form")));
            browser.findElement(By.id("opinion-agree")).click();
            browser.findElement(By.id("opinion-reason")).sendKeys("区块链业务占比高，专利有效");
            browser.findElement(By.id("opinion-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
            assertThat(browser.findElements(By.id("opinion-form"))).isEmpty();
            logOut();
        }

        logIn("officer");
        browser.get(url("/recognition/" + id));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
        assertThat(browser.findElement(By.id("opinions")).getText()).contains("expert1", "expert2", "expert3");
        browser.findElement(By.id("decision-note")).sendKeys("按专家一致意见认定");
        browser.findElement(By.id("decision-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已认定");
        assertThat(browser.findElement(By.id("valid-until")).getText()).contains("有效期");
        assertThat(browser.findElements(By.id("revocation-form"))).hasSize(1);
    }
}
