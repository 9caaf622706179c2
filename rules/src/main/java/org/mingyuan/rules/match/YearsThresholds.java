package org.mingyuan.rules.match;

import java.time.LocalDate;
import org.mingyuan.rules.clause.CelRules;

/**
 * Turns "whole years since a date" into day thresholds: the years count never grows as the
 * date moves later, so {@code years(day) >= n} holds exactly up to one last day.
 */
final class YearsThresholds {

    private static final long MAX_YEARS = 100_000;

    private final LocalDate evaluationDate;

    YearsThresholds(LocalDate evaluationDate) {
        this.evaluationDate = evaluationDate;
    }

    /** Returns the last day (days since 1970-01-01) from which at least n whole years have passed. */
    long lastDayWithAtLeast(long n) {
        long years = Math.max(-MAX_YEARS, Math.min(MAX_YEARS, n));
        long today = evaluationDate.toEpochDay();
        long low = today - 367 * (Math.abs(years) + 2);
        long high = today + 367 * (Math.abs(years) + 2);
        while (low < high) {
            long mid = low + (high - low + 1) / 2;
            if (CelRules.yearsSince(mid, evaluationDate) >= years) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
