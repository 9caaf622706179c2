package org.mingyuan.rules.synth;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.mingyuan.rules.clause.ClauseDraft;

/**
 * A seeded generator of clause sets shaped like real blockchain support clauses (revenue
 * milestones, rent, chain R&amp;D, key laboratories, settling-in, recognition, standards,
 * listing): most limited to one park or district, a few broad, a few with conditions only CEL
 * can evaluate. Thresholds and amounts are illustrative.
 */
public final class SyntheticClauses implements ClauseGenerator {

    private static final double[] REVENUE_MILESTONES = {200, 500, 1000, 2000, 5000, 10000};
    private static final double[] RD_THRESHOLDS = {50, 100, 200, 500};
    private static final long[] STAFF_MINIMUMS = {5, 10, 20, 50};

    private final SplittableRandom random;
    private final LocalDate today;

    /** Creates a generator; the same seed gives the same clauses. */
    public SyntheticClauses(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.today = today;
    }

    @Override
    public SyntheticClause generate(String id) {
        int kind = random.nextInt(100);
        Part eligibility;
        Part amount;
        Double cap = null;
        if (kind < 2) {
            eligibility = all(
                    new Part("sizeClass in ['small', 'micro']", Sql.in("sizeClass", List.of("small", "micro"))),
                    Part.same("creditClean"),
                    new Part(
                            "!('VIRTUAL_CURRENCY' in certifications)",
                            "NOT " + Sql.includes("certifications", "VIRTUAL_CURRENCY")));
            amount = Part.same("50000");
        } else if (kind < 4) {
            eligibility = all(includes("HIGH_TECH"), Part.same("revenue >= " + pick(REVENUE_MILESTONES)));
            amount = min("200000.0", "revenue * 100.0");
        } else if (kind < 7) {
            Part park = park();
            String ratio = "0.0" + (5 + random.nextInt(5));
            eligibility = all(
                    park,
                    new Part("rdSpend / revenue >= " + ratio, Sql.quotient("rdSpend", "revenue", ">=", ratio)),
                    Part.same("staff >= " + pick(STAFF_MINIMUMS)));
            amount = Part.same("rdSpend * 10000.0 * 0.2");
            cap = 1_000_000.0;
        } else if (kind < 20) {
            eligibility = all(
                    district(),
                    Part.same("revenue >= " + pick(REVENUE_MILESTONES)),
                    Part.same("blockchainRevenueShare >= 50.0"));
            amount = min("6000000.0", "revenue * 10000.0 * 0.06");
        } else if (kind < 28) {
            eligibility = all(
                    district(),
                    includes("CAC_FILING"),
                    Part.same("revenue >= 200.0"),
                    Part.same("revenueGrowth >= 100.0"));
            amount = Part.same("500000");
        } else if (kind < 42) {
            eligibility = all(
                    park(),
                    Part.same("officeArea <= 1000.0"),
                    yearsSince("settledOn", "< 3"),
                    Part.same("taxInDistrict"));
            amount = new Part(
                    "min(rent * 10000.0 * 0.5, officeArea * 2.0 * 365.0)",
                    "cel_min(rent * 10000.0 * 0.5, officeArea * 2.0 * 365.0)");
            cap = random.nextBoolean() ? 500_000.0 : 600_000.0;
        } else if (kind < 54) {
            eligibility = all(
                    district(),
                    new Part(
                            "chainSegment in ['infra', 'platform']",
                            Sql.in("chainSegment", List.of("infra", "platform"))),
                    Part.same("rdSpend >= " + pick(RD_THRESHOLDS)));
            amount = Part.same("rdSpend * 10000.0 * 0.5");
            cap = random.nextBoolean() ? 3_000_000.0 : 10_000_000.0;
        } else if (kind < 62) {
            Part keyLab =
                    any(includes("KEY_LAB_NATIONAL"), includes("KEY_LAB_PROVINCIAL"), includes("KEY_LAB_MUNICIPAL"));
            eligibility = all(park(), new Part("(" + keyLab.cel() + ")", keyLab.sql()));
            amount = new Part(
                    "'KEY_LAB_NATIONAL' in certifications ? 5000000.0 : ('KEY_LAB_PROVINCIAL' in certifications ? 3000000.0 : 1000000.0)",
                    Sql.ternary(
                            Sql.includes("certifications", "KEY_LAB_NATIONAL"),
                            "5000000.0",
                            Sql.ternary(
                                    Sql.includes("certifications", "KEY_LAB_PROVINCIAL"), "3000000.0", "1000000.0")));
        } else if (kind < 72) {
            eligibility = all(
                    park(),
                    yearsSince("settledOn", "< 3"),
                    Part.same("staff >= " + pick(STAFF_MINIMUMS)),
                    Part.same("creditClean"));
            amount = Part.same("2000000");
        } else if (kind < 80) {
            eligibility = all(
                    district(),
                    Part.same("ipCount >= 10"),
                    Part.same("grantedPatents >= 2"),
                    Part.same("revenue >= 100.0"),
                    Part.same("revenue <= 2000.0"),
                    Part.same("blockchainRevenueShare >= 50.0"),
                    Part.same("creditClean"));
            amount = Part.same("300000");
        } else if (kind < 90) {
            List<String> subs = DemoSchema.SUB_SEGMENTS.get(random.nextInt(DemoSchema.SUB_SEGMENTS.size()));
            eligibility = all(
                    park(),
                    yearsSince("founded", "<= 3"),
                    new Part("sizeClass in ['small', 'micro']", Sql.in("sizeClass", List.of("small", "micro"))),
                    new Part(
                            "subSegment in ['" + subs.get(0) + "', '" + subs.get(1) + "']",
                            Sql.in("subSegment", subs.subList(0, 2))));
            amount = min("6000000.0", "rdSpend * 10000.0");
        } else if (kind < 95) {
            Part either = any(district(), district());
            eligibility = all(includes("STANDARD_DRAFTER"), new Part("(" + either.cel() + ")", either.sql()));
            amount = Part.same("500000");
        } else {
            eligibility = all(park(), new Part("listing != 'none'", "listing <> 'none'"));
            amount = new Part(
                    "listing == 'ipo' ? 6000000 : 2000000",
                    Sql.ternary(Sql.equal("listing", "ipo"), "6000000", "2000000"));
        }
        ClauseDraft draft = ClauseDraft.of(id, eligibility.cel(), amount.cel());
        if (cap != null) {
            draft = draft.withCap(cap);
        }
        if (random.nextInt(20) == 0) {
            draft = draft.validBetween(today.minusYears(3), today.minusYears(1));
        }
        return new SyntheticClause(draft, eligibility.sql(), amount.sql());
    }

    /** A condition or amount in CEL and the same in SQL. */
    private record Part(String cel, String sql) {

        /** A comparison or fact that reads the same in both. */
        static Part same(String text) {
            return new Part(text, text);
        }
    }

    private static Part all(Part... parts) {
        return new Part(
                String.join(" && ", Arrays.stream(parts).map(Part::cel).toList()),
                Sql.and(Arrays.stream(parts).map(Part::sql).toList()));
    }

    private static Part any(Part... parts) {
        return new Part(
                String.join(" || ", Arrays.stream(parts).map(Part::cel).toList()),
                String.join(
                        " OR ",
                        Arrays.stream(parts).map(p -> "(" + p.sql() + ")").toList()));
    }

    private static Part includes(String certification) {
        return new Part("'" + certification + "' in certifications", Sql.includes("certifications", certification));
    }

    private static Part yearsSince(String dateFact, String comparison) {
        return new Part("yearsSince(" + dateFact + ") " + comparison, "years_since(" + dateFact + ") " + comparison);
    }

    private static Part min(String a, String b) {
        return new Part("min(" + a + ", " + b + ")", "cel_min(" + a + ", " + b + ")");
    }

    private Part park() {
        String park = DemoSchema.PARKS.get(random.nextInt(DemoSchema.PARKS.size()));
        return new Part("park == '" + park + "'", Sql.equal("park", park));
    }

    private Part district() {
        String district = DemoSchema.DISTRICTS.get(random.nextInt(DemoSchema.DISTRICTS.size()));
        return new Part("district == '" + district + "'", Sql.equal("district", district));
    }

    private String pick(double[] values) {
        return Double.toString(values[random.nextInt(values.length)]);
    }

    private String pick(long[] values) {
        return Long.toString(values[random.nextInt(values.length)]);
    }
}
