package org.mingyuan.rules.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A seeded generator of enterprises over {@link DemoSchema}: lognormal revenue and staff, size
 * class derived by the I65 SME thresholds, a few percent of each fact missing. Illustrative data.
 */
public final class SyntheticRegistry {

    private final RegistryShape shape;
    private final long seed;
    private final LocalDate today;
    private final double missingRate;

    /** Creates a generator of the template workload's registry; the same seed and index always give the same enterprise. */
    public SyntheticRegistry(long seed, LocalDate today, double missingRate) {
        this(RegistryShape.TEMPLATES, seed, today, missingRate);
    }

    /**
     * Creates a generator over {@code shape}; the same seed and index always give the same enterprise. The sub-segments
     * of chain segment {@code i} are those of {@link DemoSchema#SUB_SEGMENTS} group {@code i} modulo their number.
     */
    public SyntheticRegistry(RegistryShape shape, long seed, LocalDate today, double missingRate) {
        this.shape = shape;
        this.seed = seed;
        this.today = today;
        this.missingRate = missingRate;
    }

    /** Returns the external key of enterprise {@code index}. */
    public static String key(int index) {
        return "E" + index;
    }

    /**
     * Returns enterprises {@code from … to-1} by key, in order, generated in parallel: what an application reads from
     * its database before loading the table.
     */
    public Map<String, Map<String, Object>> batch(int from, int to) {
        List<Map<String, Object>> facts =
                IntStream.range(from, to).parallel().mapToObj(this::enterprise).toList();
        Map<String, Map<String, Object>> batch = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            batch.put(key(i), facts.get(i - from));
        }
        return batch;
    }

    /** Returns the facts of enterprise {@code index}, missing facts left out. */
    public Map<String, Object> enterprise(int index) {
        return enterprise(index, 0);
    }

    /** Returns a changed version ({@code version} > 0) of enterprise {@code index}. */
    public Map<String, Object> enterprise(int index, int version) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index * 31L + version);
        Map<String, Object> facts = new HashMap<>();
        int place = random.nextInt(shape.districts().size());
        int segment =
                random.nextInt(10) < 2 ? 0 : random.nextInt(shape.segments().size());
        List<String> subs = DemoSchema.SUB_SEGMENTS.get(segment % DemoSchema.SUB_SEGMENTS.size());
        double revenue = round(Math.exp(random.nextGaussian() * 1.6 + Math.log(300)));
        long staff = Math.max(1, Math.round(Math.exp(random.nextGaussian() * 1.0 + Math.log(25))));
        put(random, facts, "name", "企业" + index);
        if (place < shape.parks().size()) {
            put(random, facts, "park", shape.parks().get(place));
        }
        put(random, facts, "district", shape.districts().get(place));
        put(random, facts, "chainSegment", shape.segments().get(segment));
        put(random, facts, "subSegment", subs.get(random.nextInt(subs.size())));
        put(random, facts, "sizeClass", sizeClass(staff, revenue));
        put(random, facts, "listing", random.nextInt(100) < 95 ? "none" : random.nextBoolean() ? "neeq" : "ipo");
        put(random, facts, "revenue", revenue);
        put(random, facts, "revenueGrowth", round(random.nextGaussian() * 60 + 20));
        put(random, facts, "blockchainRevenueShare", round(random.nextDouble() * 100));
        put(random, facts, "rdSpend", round(revenue * random.nextDouble() * 0.3));
        double area = Math.round(staff * (5 + random.nextDouble() * 15));
        put(random, facts, "officeArea", area);
        put(random, facts, "rent", round(area * (1 + random.nextDouble() * 4) * 365 / 10_000));
        put(random, facts, "staff", staff);
        put(random, facts, "ipCount", (long) random.nextInt(30));
        put(random, facts, "grantedPatents", (long) random.nextInt(6));
        LocalDate founded = today.minusDays(random.nextInt(15 * 365));
        put(random, facts, "founded", founded);
        put(
                random,
                facts,
                "settledOn",
                founded.plusDays(random.nextInt((int) (today.toEpochDay() - founded.toEpochDay()) + 1)));
        put(random, facts, "certifications", certifications(random));
        put(random, facts, "taxInDistrict", random.nextInt(10) < 8);
        put(random, facts, "creditClean", random.nextInt(20) < 19);
        return facts;
    }

    private void put(SplittableRandom random, Map<String, Object> facts, String name, Object value) {
        if (random.nextDouble() >= missingRate) {
            facts.put(name, value);
        }
    }

    private static List<String> certifications(SplittableRandom random) {
        List<String> held = new ArrayList<>();
        for (String certification : DemoSchema.CERTIFICATIONS) {
            if (random.nextInt(100) < (certification.equals("CAC_FILING") ? 30 : 6)) {
                held.add(certification);
            }
        }
        return held;
    }

    /** Derives the size class by the software and IT services (I65) thresholds, revenue in 10k CNY. */
    static String sizeClass(long staff, double revenue) {
        if (staff >= 300 && revenue >= 10_000) {
            return "large";
        }
        if (staff >= 100 && revenue >= 1_000) {
            return "medium";
        }
        return staff >= 10 && revenue >= 50 ? "small" : "micro";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
