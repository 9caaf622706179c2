package org.mingyuan.platform.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks every journey runs do fail: on a low-contrast page and on one wider than a phone. */
class PageChecksTests extends BrowserJourney {

    @Test
    void lowContrastTextFailsTheAxeCheck() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><head>"
                + "<title>t</title></head><body><main><h1>t</h1><p style='color:%236b7785;"
                + "background:%23fbfaf7'>muted text</p></main></body></html>");
        assertThatThrownBy(checks::assertNoneFound).hasMessageContaining("color-contrast");
        checks.forgetFound();
    }

    @Test
    void aPageWiderThanAPhoneFailsThePhoneCheck() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><head>"
                + "<meta name=viewport content='width=device-width, initial-scale=1'><title>t</title></head>"
                + "<body><main><h1>t</h1><table><tr><td style='min-width:900px'>wide</td></tr></table>"
                + "</main></body></html>");
        assertThatThrownBy(checks::assertNoneFound).hasMessageContaining("scrollWidth <= innerWidth");
        checks.forgetFound();
    }
}
