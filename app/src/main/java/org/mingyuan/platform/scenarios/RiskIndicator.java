package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;

/**
 * A sandbox pilot's risk indicator (风险监测指标): a reported value beyond the threshold is a breach.
 *
 * @param direction MAX when a value above the threshold breaches it, MIN when a value below does
 */
public record RiskIndicator(String name, String unit, BigDecimal threshold, Direction direction) {

    /** Which side of the threshold is a breach. */
    public enum Direction {
        /** The threshold is a ceiling: above it is a breach. */
        MAX,
        /** The threshold is a floor: below it is a breach. */
        MIN
    }

    /** True when {@code value} breaches this indicator. */
    public boolean breachedBy(BigDecimal value) {
        int against = value.compareTo(threshold);
        return direction == Direction.MAX ? against > 0 : against < 0;
    }
}
