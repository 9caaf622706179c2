package org.mingyuan.platform.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fact that clauses may read about an enterprise, derived from the registry, never written by hand twice: every
 * fact kind, the profile's fields (park, division with its city and province prefixes, chain segment and tier,
 * industry, size class, founding date and age, certifications) and the derived facts (R&amp;D intensity, revenue
 * growth, blockchain revenue share, first settling date, leased area, rent paid in the last 12 months).
 *
 * @param key the name clauses use, a CEL identifier in lower camel case ({@code revenue}, {@code taxInDistrict},
 *     {@code chainSegment}, {@code certifications})
 * @param kind the fact kind's key when the fact is a registry fact kind ({@code REVENUE}), else null
 * @param values for {@link Type#CODE} and {@link Type#CODE_SET}, every value with its labels; empty otherwise
 */
public record MatchingFact(
        String key,
        Type type,
        String labelZh,
        String labelEn,
        @Nullable String unitZh,
        @Nullable String unitEn,
        @Nullable String kind,
        List<CodeLabel> values) {

    /** How clauses see a fact's values. */
    public enum Type {
        /** A decimal number; values are {@link Double}. */
        DECIMAL,
        /** A whole number; values are {@link Long}. */
        INTEGER,
        /** Yes or no; values are {@link Boolean}. */
        YES_NO,
        /** A day; values are {@link java.time.LocalDate}. */
        DATE,
        /** Free text; values are {@link String}. */
        TEXT,
        /** One code of a known list (park, segment, size class, division); values are {@link String}. */
        CODE,
        /** A set of codes of a known list (certifications); values are {@code Set<String>}. */
        CODE_SET
    }

    /** A code and its labels, e.g. a park's code and its name. */
    public record CodeLabel(String code, String labelZh, String labelEn) {}
}
