package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise as the registry knew it at one moment: its current facts with their sources, its
 * valid certifications, and the facts derived from them, which are computed, never typed in.
 *
 * @param knownAt the moment the profile describes
 * @param facts the current statement of each known fact, by kind key
 * @param sizeClass size class under the SME standard in force, derived from staff, revenue, assets
 *     and industry; null while a fact it needs is missing
 * @param sizeStandard code of the SME standard the size class follows
 */
public record EnterpriseProfile(
        Enterprise enterprise,
        Instant knownAt,
        LocalDate asOf,
        Map<String, Fact> facts,
        List<Certification> certifications,
        @Nullable SizeClass sizeClass,
        String sizeStandard) {

    /** Whole years since founding on {@link #asOf}. */
    public int ageYears() {
        LocalDate founded = enterprise.foundedOn();
        return founded.isAfter(asOf) ? 0 : Period.between(founded, asOf).getYears();
    }

    /** R&D spending as a percentage of revenue (two decimals); null when either is unknown or revenue is zero. */
    public @Nullable BigDecimal rdIntensityPercent() {
        BigDecimal spend = value(FactKeys.RD_SPEND);
        BigDecimal revenue = value(FactKeys.REVENUE);
        if (spend == null || revenue == null || revenue.signum() == 0) {
            return null;
        }
        return spend.multiply(BigDecimal.valueOf(100)).divide(revenue, 2, RoundingMode.HALF_UP);
    }

    /** The current number of the kind with key {@code name}, or null when unknown or not a number. */
    public @Nullable BigDecimal value(String name) {
        Fact fact = facts.get(name);
        return fact == null ? null : fact.number();
    }
}
