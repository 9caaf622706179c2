package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One statement about one enterprise: a value for a period, from a source, recorded at a time.
 * Statements are never changed; a new one supersedes an older one for the same or a later period.
 *
 * @param name the key of the statement's {@link FactKind}, e.g. {@code REVENUE}
 * @param value typed as the kind says
 * @param periodStart first day the value describes; for a point-in-time figure it equals {@code periodEnd}
 * @param periodEnd last day the value describes (inclusive)
 * @param sourceNote who or what document stands behind the value, e.g. the department that verified it
 */
public record Fact(
        String name,
        FactValue value,
        LocalDate periodStart,
        LocalDate periodEnd,
        FactSource source,
        @Nullable String sourceNote,
        Instant recordedAt,
        String recordedBy) {

    /** The value as a number; null when the kind's values are not numbers. */
    public @Nullable BigDecimal number() {
        return value.number();
    }
}
