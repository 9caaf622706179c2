package org.mingyuan.platform.policy;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of a clause with its whole text, draft or published.
 *
 * @param contentSha256 SHA-256 (hex) of the canonical JSON of {@code content}, the hash its ledger entry carries
 * @param confirmedOverBudget whether publishing was confirmed although the simulation put it over its budget
 */
public record ClauseVersionDetail(
        String clauseId,
        long policyId,
        int version,
        VersionState state,
        ClauseContent content,
        String contentSha256,
        String updatedBy,
        Instant updatedAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        boolean confirmedOverBudget,
        @Nullable String overBudgetConfirmedBy) {

    /** The version as the matcher and every later record see it. */
    public ClauseVersion toClauseVersion() {
        return new ClauseVersion(
                clauseId,
                version,
                policyId,
                content.titleZh(),
                content.titleEn(),
                content.eligibility(),
                content.amount(),
                content.cap(),
                content.validFrom(),
                content.validUntil(),
                content.mode());
    }

    /** Whether applications are taken on {@code day}: inside the application window, either end open. */
    public boolean openOn(LocalDate day) {
        return (content.applyFrom() == null || !day.isBefore(content.applyFrom()))
                && (content.applyUntil() == null || !day.isAfter(content.applyUntil()));
    }
}
