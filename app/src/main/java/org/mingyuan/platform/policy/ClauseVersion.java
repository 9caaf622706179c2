package org.mingyuan.platform.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One published version of a clause, immutable: what the live matcher registers, and what every match, notification,
 * application and payout records it was made under.
 *
 * @param clauseId the clause's stable id across versions, e.g. {@code HUANGPU-2017-REVENUE-5M}
 * @param version 1 for the first published version, one more for each amendment
 * @param eligibility the CEL condition over the facts of {@link org.mingyuan.platform.registry.RegistryFacts#schema()}
 * @param amount the CEL amount in CNY
 * @param cap the largest amount paid to one enterprise, CNY, or null for none
 * @param validFrom first day the version is in force, or null for always
 * @param validUntil first day it is no longer in force (half-open), or null for never
 */
public record ClauseVersion(
        String clauseId,
        int version,
        long policyId,
        String titleZh,
        String titleEn,
        String eligibility,
        String amount,
        @Nullable BigDecimal cap,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        ClauseMode mode) {

    /** Tells whether the version is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }
}
