package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An award granted without application (免申即享) to one enterprise under one clause version.
 *
 * @param amount what the clause computed for the enterprise after its cap, CNY
 * @param state as read: a confirmed grant is FULFILLED once its case is paid, ARCHIVED once the case is closed and
 *     rated or closed for 30 days
 * @param lastDay the clause version's last day in force; null when it has no end
 * @param expiring true while the grant waits for confirmation and the version's last day is within 30 days
 * @param caseId the approved case that opened when both confirmed; null before
 */
public record Grant(
        long id,
        long enterpriseId,
        String creditCode,
        String clauseId,
        int clauseVersion,
        String titleZh,
        String titleEn,
        String department,
        @Nullable BigDecimal amount,
        GrantState state,
        @Nullable String enterpriseConfirmedBy,
        @Nullable Instant enterpriseConfirmedAt,
        @Nullable String departmentConfirmedBy,
        @Nullable Instant departmentConfirmedAt,
        @Nullable LocalDate lastDay,
        boolean expiring,
        @Nullable Long caseId,
        Instant createdAt) {

    /** The title in the reader's language: English for English readers, Chinese otherwise. */
    public String title(Locale locale) {
        return locale.getLanguage().equals("en") ? titleEn : titleZh;
    }
}
