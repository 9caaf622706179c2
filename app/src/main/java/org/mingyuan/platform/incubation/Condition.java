package org.mingyuan.platform.incubation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the national incubator conditions, measured for one incubator today: met when all its measures are met, or
 * any one of them for a condition of alternatives ({@code anyOf}). Labels are the message keys {@code
 * incubation.condition.<code>} and {@code incubation.measure.<code>}; see {@link NationalConditions} for the sources.
 */
public record Condition(String code, Tier tier, List<Measure> measures, boolean anyOf) {

    /** The rules a condition comes from. */
    public enum Tier {
        /** 国科发区〔2018〕300号, 国家级科技企业孵化器认定条件. */
        NATIONAL_2018,
        /** 工信部科〔2025〕131号, the 2025 tier. */
        TIER_2025
    }

    /**
     * One figure against its threshold; met when the figure is known and at least the threshold.
     *
     * @param figure the incubator's figure today; null when it cannot be computed (no incubatees, income not reported)
     * @param unit {@code m2}, {@code %}, {@code enterprises}, {@code per1000m2} or {@code wan} (万元)
     */
    public record Measure(String code, @Nullable BigDecimal figure, BigDecimal threshold, String unit) {

        /** True when the figure is known and reaches the threshold. */
        @JsonProperty("met")
        public boolean met() {
            return figure != null && figure.compareTo(threshold) >= 0;
        }
    }

    /** True when the condition holds: all measures met, or any one for a condition of alternatives. */
    @JsonProperty("met")
    public boolean met() {
        return anyOf
                ? measures.stream().anyMatch(Measure::met)
                : measures.stream().allMatch(Measure::met);
    }
}
