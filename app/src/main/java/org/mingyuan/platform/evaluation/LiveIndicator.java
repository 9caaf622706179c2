package org.mingyuan.platform.evaluation;

/**
 * The indicators the platform measures for a park by itself, each with its unit and whether more is better.
 *
 * <p>Labels are the message keys {@code live.OCCUPANCY} and so on, units {@code live.OCCUPANCY.unit}; the definitions
 * are in {@code docs/evaluation.md}, section "Live figures and the chain map".
 */
public enum LiveIndicator {
    /** Area let under leases running today ÷ area of all units, in percent. */
    OCCUPANCY("%", true),
    /** Chain segments with at least one of the park's enterprises ÷ all segments of the taxonomy, in percent. */
    CHAIN_COVERAGE("%", true),
    /** Chain segments with none of the park's enterprises, a count; fewer is better. */
    CHAIN_GAPS("segments", false),
    /** Amount paid ÷ amount approved over the park's cases, in percent. */
    FULFILMENT_RATE_AMOUNT("%", true),
    /** Cases paid ÷ cases approved over the park's cases, in percent. */
    FULFILMENT_RATE_COUNT("%", true),
    /** Median calendar days from application to cash of the park's paid cases; fewer is better. */
    TIME_TO_CASH_DAYS("days", false),
    /** Ratings of 满意 or 非常满意 ÷ all counted ratings of the park's cases, in percent. */
    SATISFACTION("%", true),
    /** Enterprises of size class medium, small or micro ÷ enterprises with a size class, in percent. */
    SME_SHARE("%", true),
    /** Enterprises holding a valid CAC blockchain filing or blockchain-enterprise recognition, a count. */
    CERTIFIED_FIRMS("enterprises", true),
    /** Enterprises of size class large under the SME standard, a count. */
    LEADING_FIRMS("enterprises", true),
    /** Enterprises incubated today in the park's incubators, a count. */
    INCUBATEES("enterprises", true),
    /** Incubatees (current and graduated) with at least one financing round ÷ all incubatees, in percent. */
    INCUBATEES_FINANCED("%", true),
    /** Incubatees that graduated from the park's incubators, in total, a count. */
    GRADUATES("enterprises", true),
    /** Application scenarios (场景) opened for the park and published, a count. */
    SCENARIOS_OPENED("scenarios", true),
    /** Application scenarios won by the park's enterprises, a count. */
    SCENARIOS_WON("scenarios", true);

    private final String unit;
    private final boolean benefit;

    LiveIndicator(String unit, boolean benefit) {
        this.unit = unit;
        this.benefit = benefit;
    }

    /** The unit: {@code %}, {@code days}, {@code segments}, {@code enterprises} or {@code scenarios}. */
    public String unit() {
        return unit;
    }

    /** True when more is better (a benefit criterion), false when less is better (a cost criterion). */
    public boolean benefit() {
        return benefit;
    }

    /** The message key of the indicator's label; its unit's is this key with {@code .unit} appended. */
    public String messageKey() {
        return "live." + name();
    }
}
