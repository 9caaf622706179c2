package org.mingyuan.platform.policy.push;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One message of an enterprise's inbox, as stored.
 *
 * @param kind {@code NEWLY_ELIGIBLE}, {@code NEAR_MISS}, {@code GRANT} for an award granted without application,
 *     {@code CASE} for a step of one of the enterprise's cases, or {@code NOTICE} for a general {@link Notice} (its
 *     key in {@code clauseId})
 * @param estimatedAmount the estimated amount in CNY; null when not estimated
 * @param lacking for a near miss, what the enterprise still lacks, one labelled line each; empty otherwise
 * @param readAt when one of the enterprise's users first read it; null while unread
 * @param appliedAt when the enterprise applied for the clause; null until then
 * @param email the state of its e-mail ({@code QUEUED}, {@code SENDING}, {@code SENT}, {@code FAILED},
 *     {@code CANCELLED}); null when none was queued
 * @param caseId for a case message, the case; null otherwise
 * @param detailZh for a case message, what happened, in Simplified Chinese; for a notice, its text; null otherwise
 * @param detailEn the same in English
 * @param link for a notice, the page it is about; null otherwise
 */
public record InboxMessage(
        long id,
        String creditCode,
        String clauseId,
        int clauseVersion,
        long policyId,
        String titleZh,
        String titleEn,
        String kind,
        @Nullable BigDecimal estimatedAmount,
        List<String> lacking,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable Instant appliedAt,
        @Nullable String email,
        @Nullable Long caseId,
        @Nullable String detailZh,
        @Nullable String detailEn,
        @Nullable String link) {

    /** True for a near miss. */
    public boolean nearMiss() {
        return kind.equals("NEAR_MISS");
    }

    /** True for an award granted without application (免申即享), which the enterprise confirms on its grants page. */
    public boolean aboutGrant() {
        return kind.equals("GRANT");
    }

    /** True for a message about a step of one of the enterprise's cases. */
    public boolean aboutCase() {
        return kind.equals("CASE");
    }

    /** True for a general notice, e.g. a recognition about to expire. */
    public boolean aboutNotice() {
        return kind.equals("NOTICE");
    }

    /** For a case message or a notice, its text in the reader's language (English for English readers); null otherwise. */
    public @Nullable String detail(Locale locale) {
        return locale.getLanguage().equals("en") ? detailEn : detailZh;
    }

    /** The title in the reader's language: English for English readers, Chinese otherwise. */
    public String title(Locale locale) {
        return locale.getLanguage().equals("en") ? titleEn : titleZh;
    }
}
