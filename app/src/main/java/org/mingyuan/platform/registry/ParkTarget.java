package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A park's planned figure for one metric against the actual figure, where known.
 *
 * @param metric what is counted, e.g. {@code BLOCKCHAIN_FIRMS}
 * @param plannedBy the date the plan was to be met by; null when the plan names none
 * @param actual the actual figure as of {@code actualAsOf}; null when unknown
 * @param source the public source of the figures, or a note that they are illustrative
 */
public record ParkTarget(
        TargetMetric metric,
        Sourced<BigDecimal> planned,
        @Nullable LocalDate plannedBy,
        @Nullable Sourced<BigDecimal> actual,
        @Nullable LocalDate actualAsOf,
        @Nullable String source) {

    /** The share of the plan reached, in percent (one decimal); null when the actual figure is unknown. */
    public @Nullable BigDecimal attainmentPercent() {
        if (actual == null || planned.value().signum() == 0) {
            return null;
        }
        return actual.value()
                .multiply(BigDecimal.valueOf(100))
                .divide(planned.value(), 1, java.math.RoundingMode.HALF_UP);
    }
}
