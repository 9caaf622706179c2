package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A fact a caller states about an enterprise; checked before it is appended.
 *
 * @param periodStart first day described; defaults to {@code periodEnd} (a point-in-time figure)
 * @param source defaults to {@link FactSource#DECLARED}; only departments may state VERIFIED
 */
public record FactStatement(
        @Nullable FactName name,
        @Nullable BigDecimal value,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        @Nullable FactSource source,
        @Nullable String sourceNote) {}
