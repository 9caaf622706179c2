package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One statement about one enterprise: a value for a period, from a source, recorded at a time.
 * Statements are never changed; a new one supersedes an older one for the same or a later period.
 *
 * @param periodStart first day the value describes; for a point-in-time figure it equals {@code periodEnd}
 * @param periodEnd last day the value describes (inclusive)
 * @param sourceNote who or what document stands behind the value, e.g. the department that verified it
 */
public record Fact(
        FactName name,
        BigDecimal value,
        LocalDate periodStart,
        LocalDate periodEnd,
        FactSource source,
        @Nullable String sourceNote,
        Instant recordedAt,
        String recordedBy) {}
