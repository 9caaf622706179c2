package org.mingyuan.platform.fulfillment.material;

import java.util.Locale;

/**
 * A kind of document enterprises hand in (营业执照, 审计报告, ...), kept as data.
 *
 * @param code stable code, e.g. {@code AUDIT_REPORT}
 * @param hasValidity whether its documents are valid between two dates, which an upload must then give
 */
public record MaterialType(String code, String labelZh, String labelEn, boolean hasValidity) {

    /** The label in {@code locale}'s language: English for English, Chinese otherwise. */
    public String label(Locale locale) {
        return locale.getLanguage().equals("en") ? labelEn : labelZh;
    }
}
