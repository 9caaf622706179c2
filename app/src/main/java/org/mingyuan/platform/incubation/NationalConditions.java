package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.incubation.Condition.Measure;
import org.mingyuan.platform.incubation.Condition.Tier;

/**
 * The national incubator conditions with their thresholds, measured on an incubator's figures. Sources: 国科发区〔2018〕300号
 * 《科技企业孵化器管理办法》 (space, incubatees, graduates, seed fund, financed share, age at entry, incubation period) and
 * 工信部科〔2025〕131号 (equity from the incubator's own funds or financing, growth, service income). How ambiguous ones
 * are read is in {@code docs/incubation.md}. Figures are cut (not rounded) to two decimals, so a figure just below its
 * threshold never shows as reaching it.
 */
public final class NationalConditions {

    /** Total space, m². */
    public static final BigDecimal AREA_M2 = new BigDecimal("10000");
    /** Space used by incubatees, % of the total. */
    public static final BigDecimal INCUBATEE_AREA_PERCENT = new BigDecimal("75");
    /** Current incubatees. */
    public static final BigDecimal INCUBATEES = new BigDecimal("50");
    /** Current incubatees per 1,000 m². */
    public static final BigDecimal INCUBATEES_PER_1000_M2 = new BigDecimal("3");
    /** Graduates in total. */
    public static final BigDecimal GRADUATES = new BigDecimal("20");
    /** Seed fund, 万元 (¥5M). */
    public static final BigDecimal SEED_FUND = new BigDecimal("500");
    /** Current incubatees with at least one financing round, % (2018). */
    public static final BigDecimal FINANCED_PERCENT = new BigDecimal("10");
    /** Months from founding to entry, at most. */
    public static final int MONTHS_FOUNDED_BEFORE_ENTRY = 24;
    /** Months of incubation, at most. */
    public static final int MONTHS_INCUBATED = 48;
    /** Current incubatees with equity from the incubator's own funds, % (2025). */
    public static final BigDecimal OWN_FUND_PERCENT = new BigDecimal("10");
    /** Current incubatees financed at all, % (2025, the alternative). */
    public static final BigDecimal FINANCED_PERCENT_2025 = new BigDecimal("20");
    /** Current incubatees growing, % (2025). */
    public static final BigDecimal GROWING_PERCENT = new BigDecimal("30");
    /** R&amp;D spending above this % of the year's revenue counts as growing (2025). */
    public static final double RD_INTENSITY_PERCENT = 20.0;
    /** Service income other than rent, % of the incubator's income (2025). */
    public static final BigDecimal SERVICE_INCOME_PERCENT = new BigDecimal("30");

    private static final BigDecimal ALL = new BigDecimal("100");

    private NationalConditions() {}

    /**
     * One current incubatee as the conditions read it.
     *
     * @param revenueGrowth revenue of its latest year over the year before, %; null when not known
     * @param rdIntensity R&amp;D spending over revenue of its latest year, %; null when not known
     */
    public record Member(
            LocalDate foundedOn,
            LocalDate enteredOn,
            boolean financed,
            boolean ownFundEquity,
            @Nullable Double revenueGrowth,
            @Nullable Double rdIntensity) {

        /** True when founded at most 24 months before entry. */
        boolean youngAtEntry() {
            return !foundedOn.plusMonths(MONTHS_FOUNDED_BEFORE_ENTRY).isBefore(enteredOn);
        }

        /** True when incubated at most 48 months on {@code day}. */
        boolean withinPeriod(LocalDate day) {
            return !enteredOn.plusMonths(MONTHS_INCUBATED).isBefore(day);
        }

        /** True when its revenue grew year on year or its R&amp;D spending exceeds 20 % of its revenue. */
        boolean growing() {
            return (revenueGrowth != null && revenueGrowth > 0)
                    || (rdIntensity != null && rdIntensity > RD_INTENSITY_PERCENT);
        }
    }

    /** Every condition of both tiers for {@code incubator} with these current incubatees and graduates on {@code day}. */
    public static List<Condition> of(Incubator incubator, List<Member> current, long graduates, LocalDate day) {
        BigDecimal count = BigDecimal.valueOf(current.size());
        BigDecimal perThousand =
                count.multiply(new BigDecimal("1000")).divide(incubator.areaM2(), 2, RoundingMode.DOWN);
        return List.of(
                one("AREA", Tier.NATIONAL_2018, incubator.areaM2(), AREA_M2, "m2"),
                one(
                        "INCUBATEE_AREA",
                        Tier.NATIONAL_2018,
                        percent(incubator.incubateeAreaM2(), incubator.areaM2()),
                        INCUBATEE_AREA_PERCENT,
                        "%"),
                one("INCUBATEES", Tier.NATIONAL_2018, count, INCUBATEES, "enterprises"),
                one("DENSITY", Tier.NATIONAL_2018, perThousand, INCUBATEES_PER_1000_M2, "per1000m2"),
                one("GRADUATES", Tier.NATIONAL_2018, BigDecimal.valueOf(graduates), GRADUATES, "enterprises"),
                one("SEED_FUND", Tier.NATIONAL_2018, incubator.seedFund(), SEED_FUND, "wan"),
                one("FINANCED", Tier.NATIONAL_2018, share(current, Member::financed), FINANCED_PERCENT, "%"),
                one("YOUNG_AT_ENTRY", Tier.NATIONAL_2018, share(current, Member::youngAtEntry), ALL, "%"),
                one("WITHIN_PERIOD", Tier.NATIONAL_2018, share(current, m -> m.withinPeriod(day)), ALL, "%"),
                new Condition(
                        "EQUITY_OR_FINANCED",
                        Tier.TIER_2025,
                        List.of(
                                new Measure("OWN_FUND", share(current, Member::ownFundEquity), OWN_FUND_PERCENT, "%"),
                                new Measure(
                                        "FINANCED_2025", share(current, Member::financed), FINANCED_PERCENT_2025, "%")),
                        true),
                one("GROWING", Tier.TIER_2025, share(current, Member::growing), GROWING_PERCENT, "%"),
                one(
                        "SERVICE_INCOME",
                        Tier.TIER_2025,
                        incubator.incomeTotal() == null || incubator.incomeServices() == null
                                ? null
                                : percent(incubator.incomeServices(), incubator.incomeTotal()),
                        SERVICE_INCOME_PERCENT,
                        "%"));
    }

    private static Condition one(
            String code, Tier tier, @Nullable BigDecimal figure, BigDecimal threshold, String unit) {
        return new Condition(code, tier, List.of(new Measure(code, figure, threshold, unit)), false);
    }

    private static @Nullable BigDecimal share(List<Member> current, Predicate<Member> counted) {
        if (current.isEmpty()) {
            return null;
        }
        long yes = current.stream().filter(counted).count();
        return percent(BigDecimal.valueOf(yes), BigDecimal.valueOf(current.size()));
    }

    private static @Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(ALL).divide(whole, 2, RoundingMode.DOWN);
    }
}
