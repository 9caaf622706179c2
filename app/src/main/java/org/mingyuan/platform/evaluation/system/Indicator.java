package org.mingyuan.platform.evaluation.system;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.IndicatorSource;

/**
 * An indicator (二级指标) of a system version.
 *
 * @param benefit true when more is better, false for a cost indicator
 * @param unit the unit of its values, e.g. {@code %}, {@code 天}, {@code 分}
 * @param live for a PLATFORM indicator, the name of the {@code LiveIndicator} the platform computes; null otherwise
 * @param weight its weight within its category as the system publishes it; null when none is published
 * @param rubric for an EXPERT indicator, its levels, the lowest score first; empty otherwise
 */
public record Indicator(
        String code,
        String nameZh,
        String nameEn,
        @Nullable String definitionZh,
        @Nullable String definitionEn,
        boolean benefit,
        String unit,
        IndicatorSource source,
        @Nullable String live,
        @Nullable Double weight,
        List<RubricLevel> rubric) {

    /** Copies the rubric; absent means none. */
    public Indicator {
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
    }

    /** The name in {@code locale}'s language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** The difference between the rubric's highest and lowest scores; 0 without a rubric. */
    public double rubricRange() {
        double max = rubric.stream().mapToDouble(RubricLevel::score).max().orElse(0);
        double min = rubric.stream().mapToDouble(RubricLevel::score).min().orElse(0);
        return max - min;
    }
}
