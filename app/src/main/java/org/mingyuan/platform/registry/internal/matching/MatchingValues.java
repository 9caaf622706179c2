package org.mingyuan.platform.registry.internal.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactHistory;
import org.mingyuan.platform.registry.FactKeys;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactValue;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.registry.SizeClass;
import org.mingyuan.platform.registry.internal.matching.Gathered.Held;
import org.mingyuan.platform.registry.internal.matching.Gathered.Leased;
import org.mingyuan.platform.registry.internal.matching.Gathered.MovedIn;
import org.mingyuan.platform.registry.internal.matching.Gathered.Profile;
import org.mingyuan.platform.registry.sizing.SizeClassifications;

/**
 * Derives the values clauses read from what the registry holds about one enterprise on one day. A value whose inputs
 * are missing is left out, never set to zero; percentages have two decimals, rounded half up, as the enterprise page
 * shows them.
 */
final class MatchingValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The reference data a derivation needs, read once per pass; the fact kinds by key with their clause names. */
    record Lookups(
            LocalDate asOf,
            Map<Long, String> parkCodes,
            Map<String, String> tiers,
            Map<String, Named> kinds,
            SizeClassifications sizing) {}

    /** A fact kind with the name clauses read it by, worked out once per pass rather than per enterprise. */
    record Named(FactKind kind, String clauseKey) {}

    private final Lookups lookups;
    private final LocalDate asOf;
    private final Instant knownAt;

    MatchingValues(Lookups lookups) {
        this.lookups = lookups;
        this.asOf = lookups.asOf();
        this.knownAt = RegistryTime.endOf(asOf);
    }

    /** The enterprise's facts as clauses read them on the lookups' day. */
    EnterpriseFacts of(Gathered gathered) {
        Profile profile = gathered.profile();
        Map<String, Object> values = new LinkedHashMap<>(64);
        Map<String, Fact> known = FactHistory.knownAt(gathered.facts(), knownAt);
        known.forEach((key, fact) -> {
            Named named = lookups.kinds().get(key);
            if (named != null) {
                values.put(named.clauseKey(), clauseValue(named.kind(), fact.value()));
            }
        });
        if (profile.parkId() != null) {
            putIfKnown(values, "park", lookups.parkCodes().get(profile.parkId()));
        }
        values.put("division", profile.divisionCode());
        values.put("city", profile.divisionCode().substring(0, 4));
        values.put("province", profile.divisionCode().substring(0, 2));
        if (profile.chainSegment() != null) {
            values.put("chainSegment", profile.chainSegment());
            putIfKnown(values, "chainTier", lookups.tiers().get(profile.chainSegment()));
        }
        values.put("industry", profile.industryCode());
        SizeClass size = sizeClass(profile.industryCode(), known);
        if (size != null) {
            values.put("sizeClass", size.name());
        }
        values.put("foundedOn", profile.foundedOn());
        values.put(
                "ageYears",
                profile.foundedOn().isAfter(asOf)
                        ? 0L
                        : (long) Period.between(profile.foundedOn(), asOf).getYears());
        if (profile.registeredCapital() != null) {
            values.put("registeredCapital", profile.registeredCapital().doubleValue());
        }
        values.put("certifications", certifications(gathered.certifications()));
        putIfKnown(values, "rdIntensity", percent(known.get(FactKeys.RD_SPEND), known.get(FactKeys.REVENUE)));
        putIfKnown(values, "revenueGrowth", growth(gathered.facts(), known.get(FactKeys.REVENUE)));
        putIfKnown(
                values,
                "blockchainRevenueShare",
                percent(known.get(FactKeys.BLOCKCHAIN_REVENUE), known.get(FactKeys.REVENUE)));
        putIfKnown(values, "settledOn", settledOn(profile.parkId(), gathered.leases(), gathered.moveIns()));
        putIfKnown(values, "leasedArea", leasedArea(gathered.leases()));
        putIfKnown(values, "rentPaid12m", rentPaid12m(gathered.leases()));
        return new EnterpriseFacts(
                new EnterpriseId(profile.id()),
                profile.creditCode(),
                profile.name(),
                asOf,
                Collections.unmodifiableMap(values));
    }

    /** A fact's value as clauses read its kind: Double, Long, Boolean, LocalDate or String. */
    static Object clauseValue(FactKind kind, FactValue value) {
        return switch (kind.type()) {
            case NUMBER -> value.number().doubleValue();
            case INTEGER -> value.number().longValue();
            case YES_NO, DATE, TEXT -> value.plain();
        };
    }

    private static void putIfKnown(Map<String, Object> values, String key, @Nullable Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private @Nullable SizeClass sizeClass(String industryCode, Map<String, Fact> known) {
        BigDecimal staff = number(known.get(FactKeys.STAFF));
        try {
            return lookups.sizing()
                    .classify(
                            asOf,
                            industryCode,
                            staff == null ? null : staff.longValue(),
                            number(known.get(FactKeys.REVENUE)),
                            number(known.get(FactKeys.ASSETS)))
                    .orElse(null);
        } catch (InvalidRequest noStandardOrBadCode) {
            return null;
        }
    }

    private Set<String> certifications(List<Held> held) {
        Set<String> valid = new TreeSet<>();
        for (Held h : held) {
            if (h.validOn(asOf)) {
                valid.add(h.type());
            }
        }
        return Collections.unmodifiableSet(valid);
    }

    private static @Nullable BigDecimal number(@Nullable Fact fact) {
        return fact == null ? null : fact.number();
    }

    /** {@code part} as a percentage of {@code whole}; null when either is unknown or the whole is zero. */
    static @Nullable Double percent(@Nullable Fact part, @Nullable Fact whole) {
        BigDecimal numerator = number(part);
        BigDecimal denominator = number(whole);
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator
                .multiply(HUNDRED)
                .divide(denominator, 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /**
     * Revenue of the latest period over the period of the same length just before it, in percent; null when that
     * period's revenue is not known or was zero.
     */
    static @Nullable Double growth(List<Fact> statements, @Nullable Fact latest) {
        if (latest == null || latest.number() == null) {
            return null;
        }
        Period length = Period.between(latest.periodStart(), latest.periodEnd().plusDays(1));
        LocalDate start = latest.periodStart().minus(length);
        LocalDate end = latest.periodStart().minusDays(1);
        Fact before = null;
        for (Fact fact : statements) {
            if (fact.name().equals(latest.name())
                    && fact.number() != null
                    && fact.periodStart().equals(start)
                    && fact.periodEnd().equals(end)
                    && (before == null || FactHistory.PREFERENCE.compare(fact, before) > 0)) {
                before = fact;
            }
        }
        if (before == null || before.number().signum() == 0) {
            return null;
        }
        return latest.number()
                .subtract(before.number())
                .multiply(HUNDRED)
                .divide(before.number().abs(), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /**
     * The day the enterprise first settled in its current park: the earliest start of a lease there that has begun,
     * or the day its move into the park was confirmed, whichever came first; null outside any park or when neither is
     * known.
     */
    private @Nullable LocalDate settledOn(@Nullable Long parkId, List<Leased> leases, List<MovedIn> moveIns) {
        if (parkId == null) {
            return null;
        }
        LocalDate first = null;
        for (Leased lease : leases) {
            if (lease.parkId() == parkId && !lease.start().isAfter(asOf)) {
                first = first == null || lease.start().isBefore(first) ? lease.start() : first;
            }
        }
        for (MovedIn moved : moveIns) {
            if (moved.parkId() == parkId && !moved.on().isAfter(asOf)) {
                first = first == null || moved.on().isBefore(first) ? moved.on() : first;
            }
        }
        return first;
    }

    /** The area of the leases running on the day, m²; null when the enterprise has never leased space. */
    private @Nullable Double leasedArea(List<Leased> leases) {
        if (leases.isEmpty()) {
            return null;
        }
        BigDecimal area = BigDecimal.ZERO;
        for (Leased lease : leases) {
            if (!lease.start().isAfter(asOf) && lease.end().isAfter(asOf)) {
                area = area.add(lease.areaM2());
            }
        }
        return area.doubleValue();
    }

    /**
     * The rent of the enterprise's leases over the twelve months ending on the day, CNY, each month of a lease at its
     * monthly rent and a part of a month pro rata by days; null when it has never leased space or a lease running in
     * those months has no known rent.
     */
    private @Nullable Double rentPaid12m(List<Leased> leases) {
        if (leases.isEmpty()) {
            return null;
        }
        LocalDate from = asOf.minusMonths(12).plusDays(1);
        LocalDate until = asOf.plusDays(1);
        BigDecimal rent = BigDecimal.ZERO;
        for (Leased lease : leases) {
            LocalDate start = lease.start().isAfter(from) ? lease.start() : from;
            LocalDate end = lease.end().isBefore(until) ? lease.end() : until;
            if (!start.isBefore(end)) {
                continue;
            }
            if (lease.monthlyRent() == null) {
                return null;
            }
            rent = rent.add(months(start, end).multiply(lease.monthlyRent()));
        }
        return rent.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The months in [start, end): whole months, then the days left as a share of the month they fall in. */
    static BigDecimal months(LocalDate start, LocalDate end) {
        Period period = Period.between(start, end);
        long whole = period.toTotalMonths();
        LocalDate rest = start.plusMonths(whole);
        BigDecimal days = BigDecimal.valueOf(period.getDays());
        return BigDecimal.valueOf(whole)
                .add(days.divide(BigDecimal.valueOf(rest.lengthOfMonth()), 10, RoundingMode.HALF_UP));
    }
}
