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
 * @param facts the current statement of each known fact
 * @param sizeClass size class under the SME standard in force, derived from staff, revenue, assets
 *     and industry; null while a fact it needs is missing
 * @param sizeStandard code of the SME standard the size class follows
 */
public record EnterpriseProfile(
        Enterprise enterprise,
        Instant knownAt,
        LocalDate asOf,
        Map<FactName, Fact> facts,
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
        Fact spend = facts.get(FactName.RD_SPEND);
        Fact revenue = facts.get(FactName.REVENUE);
        if (spend == null || revenue == null || revenue.value().signum() == 0) {
            return null;
        }
        return spend.value().multiply(BigDecimal.valueOf(100)).divide(revenue.value(), 2, RoundingMode.HALF_UP);
    }

    /** The current value of {@code name}, or null when unknown. */
    public @Nullable BigDecimal value(FactName name) {
        Fact fact = facts.get(name);
        return fact == null ? null : fact.value();
    }
}
