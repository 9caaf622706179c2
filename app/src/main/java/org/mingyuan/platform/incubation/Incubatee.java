package org.mingyuan.platform.incubation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's stay in an incubator: from {@code enteredOn} until {@code graduatedOn} (exclusive), open while it
 * has not graduated.
 *
 * @param enterpriseName the enterprise's registered name, which is public
 */
public record Incubatee(
        long id,
        long incubatorId,
        long enterpriseId,
        String creditCode,
        String enterpriseName,
        LocalDate enteredOn,
        @Nullable LocalDate graduatedOn) {

    /** True when the enterprise is incubated on {@code day}: entered by then and not yet graduated. */
    public boolean currentOn(LocalDate day) {
        return !enteredOn.isAfter(day) && (graduatedOn == null || graduatedOn.isAfter(day));
    }

    /** True when the enterprise has graduated by {@code day}. */
    public boolean graduatedBy(LocalDate day) {
        return graduatedOn != null && !graduatedOn.isAfter(day);
    }
}
