package org.mingyuan.platform.evaluation.system;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A category (一级指标) of a system version with its indicators.
 *
 * @param weight its weight among the categories as the system publishes it; null when none is published
 */
public record Category(
        String code,
        String nameZh,
        String nameEn,
        @Nullable String definitionZh,
        @Nullable String definitionEn,
        @Nullable Double weight,
        List<Indicator> indicators) {

    /** Copies the indicators; absent means none. */
    public Category {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The name in {@code locale}'s language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
