package org.mingyuan.platform.evaluation.system;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.EvaluationResult.SystemVersionRef;

/**
 * One version of an indicator system (指标体系) with its tree: categories, each with its indicators.
 *
 * @param id the version's id
 * @param systemId the system's id
 * @param version the version number; a draft holds the number it will be published as
 * @param noteZh where the content comes from, e.g. which parts the platform wrote; null for none
 */
public record SystemVersion(
        long id,
        long systemId,
        String code,
        String nameZh,
        String nameEn,
        int version,
        VersionState state,
        @Nullable String noteZh,
        @Nullable String noteEn,
        String createdBy,
        Instant createdAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        List<Category> categories) {

    /** Copies the categories. */
    public SystemVersion {
        categories = List.copyOf(categories);
    }

    /** Whether a version may still change. */
    public enum VersionState {
        /** Being edited; no evaluation may use it. */
        DRAFT,
        /** Frozen; evaluations use it. */
        PUBLISHED
    }

    /** Every indicator, category by category, in the system's order. */
    public List<Indicator> indicators() {
        return categories.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    /** The indicator {@code code}, if the version has one. */
    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The category holding indicator {@code code}, if any. */
    public Optional<Category> categoryOf(String code) {
        return categories.stream()
                .filter(c -> c.indicators().stream().anyMatch(i -> i.code().equals(code)))
                .findFirst();
    }

    /** The indicators scored by experts. */
    public Stream<Indicator> expertIndicators() {
        return indicators().stream().filter(i -> i.source() == org.mingyuan.platform.evaluation.IndicatorSource.EXPERT);
    }

    /** The name in {@code locale}'s language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** A reference to this exact version, as results record it. */
    public SystemVersionRef ref() {
        return new SystemVersionRef(id, code, nameZh, nameEn, version);
    }
}
