package org.mingyuan.platform.recognition;

import java.util.List;
import java.util.Locale;

/**
 * A recognition scheme (认定办法) as data: the criteria a firm must meet, each a condition in the clause language over
 * the enterprise's facts; the evidence it hands in, one material type per slot; how long a recognition is valid; the
 * working days of the district's review and of the expert panel; and how many experts' opinions the panel needs.
 *
 * @param grants the certification type code a recognition grants, e.g. {@code RECOGNISED_BLOCKCHAIN}
 * @param basis the rules the scheme follows, e.g. {@code 参照 武经信规〔2022〕5号}
 * @param panelQuorum the opinions needed before the official confirms the panel's majority
 */
public record RecognitionScheme(
        long id,
        String code,
        String nameZh,
        String nameEn,
        String basis,
        String grants,
        int validityMonths,
        int districtDays,
        int panelDays,
        int panelQuorum,
        List<Criterion> criteria,
        List<EvidenceSlot> evidence) {

    /** Copies the lists. */
    public RecognitionScheme {
        criteria = List.copyOf(criteria);
        evidence = List.copyOf(evidence);
    }

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return locale.getLanguage().equals("en") ? nameEn : nameZh;
    }

    /**
     * One criterion: a named condition in the clause language, e.g. {@code ipItems >= 10}.
     *
     * @param position from 1, the order in which criteria are explained
     */
    public record Criterion(int position, String nameZh, String nameEn, String expression) {

        /** The name in the reader's language. */
        public String name(Locale locale) {
            return locale.getLanguage().equals("en") ? nameEn : nameZh;
        }
    }

    /**
     * One piece of evidence: the slot a firm fills with one of its stored materials of {@code materialType}.
     *
     * @param slot the slot's key in an application, e.g. {@code ip}
     */
    public record EvidenceSlot(String slot, String labelZh, String labelEn, String materialType) {

        /** The label in the reader's language. */
        public String label(Locale locale) {
            return locale.getLanguage().equals("en") ? labelEn : labelZh;
        }
    }
}
