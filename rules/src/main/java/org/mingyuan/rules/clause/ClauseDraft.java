package org.mingyuan.rules.clause;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A clause as written by a policy officer, before compilation.
 *
 * @param id the clause id, stable across versions
 * @param eligibility the CEL condition an enterprise must meet
 * @param amount the CEL amount in CNY
 * @param cap the largest amount paid, or null for none
 * @param validFrom the first day the clause applies, or null for always
 * @param validUntil the first day it no longer applies (half-open), or null for never
 */
public record ClauseDraft(
        String id, String eligibility, String amount, Double cap, LocalDate validFrom, LocalDate validUntil) {

    /** Checks that the required parts are present. */
    public ClauseDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(amount, "amount");
    }

    /** Creates a draft without cap or validity window. */
    public static ClauseDraft of(String id, String eligibility, String amount) {
        return new ClauseDraft(id, eligibility, amount, null, null, null);
    }

    /** Returns a copy with the given cap in CNY. */
    public ClauseDraft withCap(double cap) {
        return new ClauseDraft(id, eligibility, amount, cap, validFrom, validUntil);
    }

    /** Returns a copy valid on days in [from, until). */
    public ClauseDraft validBetween(LocalDate from, LocalDate until) {
        return new ClauseDraft(id, eligibility, amount, cap, from, until);
    }

    /** Tells whether the clause applies on the day. */
    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }
}
