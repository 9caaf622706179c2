package org.mingyuan.rules.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.mingyuan.rules.clause.ClauseDraft;

/**
 * A seeded generator of varied conjunctive clauses over a {@link RegistryShape}: random membership sets over parks,
 * districts and chain segments, thresholds over staff, revenue, R&amp;D ratio and founding date drawn from continuous
 * ranges (so few tests are shared between clauses), any-of certification tests, and a share of amounts that are a
 * formula over a fact; the rest constant amounts. Thresholds and amounts are illustrative.
 */
public final class DiverseClauses implements ClauseGenerator {

    /** The share of clauses whose amount is a formula over a fact. */
    static final double FORMULA_SHARE = 0.3;

    private static final int MAX_PARKS = 6;
    private static final int MAX_DISTRICTS = 12;
    private static final int MAX_SEGMENTS = 6;
    private static final int MAX_CERTIFICATIONS = 3;
    private static final int FOUNDING_YEARS = 15;

    private final RegistryShape shape;
    private final SplittableRandom random;
    private final LocalDate today;

    /** Creates a generator; the same shape and seed give the same clauses. */
    public DiverseClauses(RegistryShape shape, long seed, LocalDate today) {
        this.shape = shape;
        this.random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        this.today = today;
    }

    @Override
    public ClauseDraft clause(String id) {
        List<String> tests = new ArrayList<>();
        boolean parks = random.nextInt(10) < 4;
        boolean districts = !parks && random.nextInt(10) < 6;
        if (parks) {
            tests.add(membership("park", shape.parks(), MAX_PARKS));
        }
        if (districts) {
            tests.add(membership("district", shape.distinctDistricts(), MAX_DISTRICTS));
        }
        if (!parks && !districts || random.nextBoolean()) {
            tests.add(membership("chainSegment", shape.segments(), MAX_SEGMENTS));
        }
        if (random.nextBoolean()) {
            long staff = Math.round(Math.exp(random.nextDouble(Math.log(2), Math.log(500))));
            tests.add("staff " + direction() + " " + staff);
        }
        if (random.nextBoolean()) {
            tests.add("revenue " + direction() + " "
                    + decimal(Math.exp(random.nextDouble(Math.log(10), Math.log(20_000))), 2));
        }
        if (random.nextBoolean()) {
            tests.add("rdSpend / revenue >= " + decimal(random.nextDouble(0.005, 0.25), 4));
        }
        if (random.nextBoolean()) {
            LocalDate founded = today.minusDays(random.nextInt(FOUNDING_YEARS * 365));
            tests.add("founded " + (random.nextBoolean() ? ">=" : "<") + " date('" + founded + "')");
        }
        if (random.nextInt(3) == 0) {
            tests.add(anyCertification());
        }
        return ClauseDraft.of(id, String.join(" && ", tests), amount());
    }

    private String membership(String fact, List<String> values, int most) {
        TreeSet<String> chosen = new TreeSet<>();
        int size = 1 + random.nextInt(Math.min(most, values.size()));
        while (chosen.size() < size) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return fact + " in ['" + String.join("', '", chosen) + "']";
    }

    private String anyCertification() {
        TreeSet<String> chosen = new TreeSet<>();
        int size = 1 + random.nextInt(MAX_CERTIFICATIONS);
        while (chosen.size() < size) {
            chosen.add(DemoSchema.CERTIFICATIONS.get(random.nextInt(DemoSchema.CERTIFICATIONS.size())));
        }
        return "("
                + String.join(
                        " || ",
                        chosen.stream()
                                .map(c -> "'" + c + "' in certifications")
                                .toList()) + ")";
    }

    private String amount() {
        if (random.nextDouble() < FORMULA_SHARE) {
            String fact = random.nextBoolean() ? "revenue" : "rdSpend";
            double cap = 50_000.0 * (1 + random.nextInt(40));
            double rate = 10.0 * (1 + random.nextInt(100));
            return "min(" + decimal(cap, 1) + ", " + fact + " * " + decimal(rate, 1) + ")";
        }
        return Long.toString(10_000L * (1 + random.nextInt(200)));
    }

    private String direction() {
        return random.nextInt(4) == 0 ? "<=" : ">=";
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
