package org.mingyuan.rules.synth;

import java.time.LocalDate;
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
    public ClauseDraft clause(String id) {
        int kind = random.nextInt(100);
        ClauseDraft draft;
        if (kind < 2) {
            draft = ClauseDraft.of(
                    id,
                    "sizeClass in ['small', 'micro'] && creditClean && !('VIRTUAL_CURRENCY' in certifications)",
                    "50000");
        } else if (kind < 4) {
            draft = ClauseDraft.of(
                    id,
                    "'HIGH_TECH' in certifications && revenue >= " + pick(REVENUE_MILESTONES),
                    "min(200000.0, revenue * 100.0)");
        } else if (kind < 7) {
            draft = ClauseDraft.of(
                            id,
                            park() + " && rdSpend / revenue >= 0.0" + (5 + random.nextInt(5)) + " && staff >= "
                                    + pick(STAFF_MINIMUMS),
                            "rdSpend * 10000.0 * 0.2")
                    .withCap(1_000_000);
        } else if (kind < 20) {
            draft = ClauseDraft.of(
                    id,
                    district() + " && revenue >= " + pick(REVENUE_MILESTONES) + " && blockchainRevenueShare >= 50.0",
                    "min(6000000.0, revenue * 10000.0 * 0.06)");
        } else if (kind < 28) {
            draft = ClauseDraft.of(
                    id,
                    district() + " && 'CAC_FILING' in certifications && revenue >= 200.0 && revenueGrowth >= 100.0",
                    "500000");
        } else if (kind < 42) {
            draft = ClauseDraft.of(
                            id,
                            park() + " && officeArea <= 1000.0 && yearsSince(settledOn) < 3 && taxInDistrict",
                            "min(rent * 10000.0 * 0.5, officeArea * 2.0 * 365.0)")
                    .withCap(random.nextBoolean() ? 500_000 : 600_000);
        } else if (kind < 54) {
            draft = ClauseDraft.of(
                            id,
                            district() + " && chainSegment in ['infra', 'platform'] && rdSpend >= "
                                    + pick(RD_THRESHOLDS),
                            "rdSpend * 10000.0 * 0.5")
                    .withCap(random.nextBoolean() ? 3_000_000 : 10_000_000);
        } else if (kind < 62) {
            draft = ClauseDraft.of(
                    id,
                    park() + " && ('KEY_LAB_NATIONAL' in certifications || 'KEY_LAB_PROVINCIAL' in certifications"
                            + " || 'KEY_LAB_MUNICIPAL' in certifications)",
                    "'KEY_LAB_NATIONAL' in certifications ? 5000000.0 : ('KEY_LAB_PROVINCIAL' in certifications ? 3000000.0 : 1000000.0)");
        } else if (kind < 72) {
            draft = ClauseDraft.of(
                    id,
                    park() + " && yearsSince(settledOn) < 3 && staff >= " + pick(STAFF_MINIMUMS) + " && creditClean",
                    "2000000");
        } else if (kind < 80) {
            draft = ClauseDraft.of(
                    id,
                    district() + " && ipCount >= 10 && grantedPatents >= 2 && revenue >= 100.0 && revenue <= 2000.0"
                            + " && blockchainRevenueShare >= 50.0 && creditClean",
                    "300000");
        } else if (kind < 90) {
            List<String> subs = DemoSchema.SUB_SEGMENTS.get(random.nextInt(DemoSchema.SUB_SEGMENTS.size()));
            draft = ClauseDraft.of(
                    id,
                    park() + " && yearsSince(founded) <= 3 && sizeClass in ['small', 'micro'] && subSegment in ['"
                            + subs.get(0) + "', '" + subs.get(1) + "']",
                    "min(6000000.0, rdSpend * 10000.0)");
        } else if (kind < 95) {
            draft = ClauseDraft.of(
                    id, "'STANDARD_DRAFTER' in certifications && (" + district() + " || " + district() + ")", "500000");
        } else {
            draft = ClauseDraft.of(id, park() + " && listing != 'none'", "listing == 'ipo' ? 6000000 : 2000000");
        }
        if (random.nextInt(20) == 0) {
            draft = draft.validBetween(today.minusYears(3), today.minusYears(1));
        }
        return draft;
    }

    private String park() {
        return "park == '" + DemoSchema.PARKS.get(random.nextInt(DemoSchema.PARKS.size())) + "'";
    }

    private String district() {
        return "district == '" + DemoSchema.DISTRICTS.get(random.nextInt(DemoSchema.DISTRICTS.size())) + "'";
    }

    private String pick(double[] values) {
        return Double.toString(values[random.nextInt(values.length)]);
    }

    private String pick(long[] values) {
        return Long.toString(values[random.nextInt(values.length)]);
    }
}
