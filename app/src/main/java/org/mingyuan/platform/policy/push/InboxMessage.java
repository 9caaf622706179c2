package org.mingyuan.platform.policy.push;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One message of an enterprise's inbox, as stored.
 *
 * @param kind {@code NEWLY_ELIGIBLE} or {@code NEAR_MISS}
 * @param estimatedAmount the estimated amount in CNY; null when not estimated
 * @param lacking for a near miss, what the enterprise still lacks, one labelled line each; empty otherwise
 * @param readAt when one of the enterprise's users first read it; null while unread
 * @param appliedAt when the enterprise applied for the clause; null until then
 * @param email the state of its e-mail ({@code QUEUED}, {@code SENDING}, {@code SENT}, {@code FAILED},
 *     {@code CANCELLED}); null when none was queued
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
        @Nullable String email) {

    /** True for a near miss. */
    public boolean nearMiss() {
        return kind.equals("NEAR_MISS");
    }

    /** The title in the reader's language: English for English readers, Chinese otherwise. */
    public String title(Locale locale) {
        return locale.getLanguage().equals("en") ? titleEn : titleZh;
    }
}
