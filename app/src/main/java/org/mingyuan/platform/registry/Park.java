package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A blockchain industrial park with its key figures, each marked sourced or illustrative.
 *
 * @param operatorZh operating company (运营方) in Chinese; null when unknown
 * @param floorAreaM2 floor area in square metres; null when unknown
 * @param governmentLed whether a government leads or guides the park; null when unknown
 * @param source the public sources this park's sourced figures come from
 */
public record Park(
        ParkId id,
        String code,
        String nameZh,
        String nameEn,
        String provinceZh,
        String cityZh,
        String cityEn,
        @Nullable String districtZh,
        @Nullable Sourced<String> operatorZh,
        @Nullable String operatorEn,
        @Nullable Sourced<BigDecimal> floorAreaM2,
        @Nullable Sourced<Boolean> governmentLed,
        @Nullable LocalDate launchedOn,
        @Nullable String summaryZh,
        @Nullable String summaryEn,
        @Nullable String source,
        List<ParkTarget> targets) {

    /** The name in {@code locale}'s language: English for English, Chinese otherwise. */
    public String name(Locale locale) {
        return english(locale) ? nameEn : nameZh;
    }

    /** The city in {@code locale}'s language. */
    public String city(Locale locale) {
        return english(locale) ? cityEn : cityZh;
    }

    /** The operator in {@code locale}'s language, falling back to Chinese; null when unknown. */
    public @Nullable String operator(Locale locale) {
        if (operatorZh == null) {
            return null;
        }
        return english(locale) && operatorEn != null ? operatorEn : operatorZh.value();
    }

    /** The summary in {@code locale}'s language; null when there is none. */
    public @Nullable String summary(Locale locale) {
        return english(locale) ? summaryEn : summaryZh;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
