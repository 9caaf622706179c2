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
    public SyntheticClause generate(String id) {
        List<String> tests = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        boolean parks = random.nextInt(10) < 4;
        boolean districts = !parks && random.nextInt(10) < 6;
        if (parks) {
            membership("park", shape.parks(), MAX_PARKS, tests, sql);
        }
        if (districts) {
            membership("district", shape.distinctDistricts(), MAX_DISTRICTS, tests, sql);
        }
        if (!parks && !districts || random.nextBoolean()) {
            membership("chainSegment", shape.segments(), MAX_SEGMENTS, tests, sql);
        }
        if (random.nextBoolean()) {
            long staff = Math.round(Math.exp(random.nextDouble(Math.log(2), Math.log(500))));
            String test = "staff " + direction() + " " + staff;
            tests.add(test);
            sql.add(test);
        }
        if (random.nextBoolean()) {
            String test = "revenue " + direction() + " "
                    + decimal(Math.exp(random.nextDouble(Math.log(10), Math.log(20_000))), 2);
            tests.add(test);
            sql.add(test);
        }
        if (random.nextBoolean()) {
            String ratio = decimal(random.nextDouble(0.005, 0.25), 4);
            tests.add("rdSpend / revenue >= " + ratio);
            sql.add(Sql.quotient("rdSpend", "revenue", ">=", ratio));
        }
        if (random.nextBoolean()) {
            LocalDate founded = today.minusDays(random.nextInt(FOUNDING_YEARS * 365));
            String op = random.nextBoolean() ? ">=" : "<";
            tests.add("founded " + op + " date('" + founded + "')");
            sql.add("founded " + op + " " + Sql.date(founded));
        }
        if (random.nextInt(3) == 0) {
            anyCertification(tests, sql);
        }
        Amount amount = amount();
        return new SyntheticClause(
                ClauseDraft.of(id, String.join(" && ", tests), amount.cel()), Sql.and(sql), amount.sql());
    }

    private void membership(String fact, List<String> values, int most, List<String> tests, List<String> sql) {
        TreeSet<String> chosen = new TreeSet<>();
        int size = 1 + random.nextInt(Math.min(most, values.size()));
        while (chosen.size() < size) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        tests.add(fact + " in ['" + String.join("', '", chosen) + "']");
        sql.add(Sql.in(fact, chosen));
    }

    private void anyCertification(List<String> tests, List<String> sql) {
        TreeSet<String> chosen = new TreeSet<>();
        int size = 1 + random.nextInt(MAX_CERTIFICATIONS);
        while (chosen.size() < size) {
            chosen.add(DemoSchema.CERTIFICATIONS.get(random.nextInt(DemoSchema.CERTIFICATIONS.size())));
        }
        tests.add("("
                + String.join(
                        " || ",
                        chosen.stream()
                                .map(c -> "'" + c + "' in certifications")
                                .toList()) + ")");
        sql.add(String.join(
                " OR ",
                chosen.stream().map(c -> Sql.includes("certifications", c)).toList()));
    }

    /** An amount in CEL and in SQL. */
    private record Amount(String cel, String sql) {}

    private Amount amount() {
        if (random.nextDouble() < FORMULA_SHARE) {
            String fact = random.nextBoolean() ? "revenue" : "rdSpend";
            double cap = 50_000.0 * (1 + random.nextInt(40));
            double rate = 10.0 * (1 + random.nextInt(100));
            String product = fact + " * " + decimal(rate, 1);
            return new Amount(
                    "min(" + decimal(cap, 1) + ", " + product + ")",
                    "cel_min(" + decimal(cap, 1) + ", " + product + ")");
        }
        String constant = Long.toString(10_000L * (1 + random.nextInt(200)));
        return new Amount(constant, constant);
    }

    private String direction() {
        return random.nextInt(4) == 0 ? "<=" : ">=";
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
