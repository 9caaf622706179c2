package org.mingyuan.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.CelBaseline;
import org.mingyuan.rules.match.Explainer;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.synth.DemoSchema;
import org.mingyuan.rules.synth.SyntheticClauses;
import org.mingyuan.rules.synth.SyntheticRegistry;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/**
 * Entry point of the matcher benchmark: {@code java -jar mingyuan-bench.jar --enterprises N
 * --clauses N --seed N}. Prints one figure a line, {@code name: value unit}.
 */
public final class BenchCommand {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final int UPDATES = 2_000;
    private static final int NEW_CLAUSES = 100;
    private static final int EXPLANATIONS = 2_000;

    private BenchCommand() {}

    /** Runs the benchmark. */
    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar mingyuan-bench.jar --enterprises N --clauses N --seed N [--sample N]");
            System.exit(2);
            return;
        }
        run(options);
    }

    private static void run(BenchOptions options) {
        print("enterprises", options.enterprises(), "");
        print("clauses", options.clauses(), "");
        print("seed", options.seed(), "");
        SyntheticRegistry registry = new SyntheticRegistry(options.seed(), TODAY, 0.03);
        FactTable table = new FactTable(DemoSchema.schema());
        long start = System.nanoTime();
        for (int i = 0; i < options.enterprises(); i++) {
            table.upsert(SyntheticRegistry.key(i), registry.enterprise(i));
        }
        print("table_build", millis(System.nanoTime() - start), "ms");

        ClauseCompiler compiler = new ClauseCompiler(DemoSchema.schema());
        SyntheticClauses generator = new SyntheticClauses(options.seed(), TODAY);
        start = System.nanoTime();
        List<CompiledClause> clauses = generator.clauses(options.clauses()).stream()
                .map(compiler::compile)
                .toList();
        print("clause_compile", millis(System.nanoTime() - start), "ms");

        Matcher matcher = new Matcher(table, TODAY);
        start = System.nanoTime();
        matcher.registerAll(clauses);
        long fullMatch = System.nanoTime() - start;
        print("full_match", millis(fullMatch), "ms");
        long eligiblePairs = clauses.stream()
                .mapToLong(c -> matcher.eligibleRows(c.id()).getLongCardinality())
                .sum();
        print("eligible_pairs", eligiblePairs, "");
        print("shared_tests", matcher.indexedTests(), "");

        updates(options, registry, table);
        newClauses(generator, compiler, matcher);
        explanations(options, matcher, clauses);
        baseline(options, table, matcher, clauses, fullMatch);
        print("peak_heap", peakHeapMegabytes(), "MB");
    }

    /**
     * Replaces every fact of random enterprises (a fresh annual report), after as many unmeasured
     * updates to warm the JIT.
     */
    private static void updates(BenchOptions options, SyntheticRegistry registry, FactTable table) {
        SplittableRandom random = new SplittableRandom(options.seed());
        List<Integer> indexes = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int u = 0; u < 2 * UPDATES; u++) {
            int index = random.nextInt(options.enterprises());
            indexes.add(index);
            changes.add(registry.enterprise(index, u + 1));
        }
        for (int u = UPDATES; u < 2 * UPDATES; u++) {
            table.upsert(SyntheticRegistry.key(indexes.get(u)), changes.get(u));
        }
        Percentiles latency = new Percentiles(UPDATES);
        for (int u = 0; u < UPDATES; u++) {
            long start = System.nanoTime();
            table.upsert(SyntheticRegistry.key(indexes.get(u)), changes.get(u));
            latency.add(System.nanoTime() - start);
        }
        print("enterprise_update_p50", micros(latency.percentile(50)), "us");
        print("enterprise_update_p99", micros(latency.percentile(99)), "us");
    }

    private static void newClauses(SyntheticClauses generator, ClauseCompiler compiler, Matcher matcher) {
        Percentiles latency = new Percentiles(NEW_CLAUSES);
        for (int c = 0; c < NEW_CLAUSES; c++) {
            CompiledClause clause = compiler.compile(generator.clause("NEW" + c));
            long start = System.nanoTime();
            matcher.register(clause);
            latency.add(System.nanoTime() - start);
        }
        for (int c = 0; c < NEW_CLAUSES; c++) {
            matcher.withdraw("NEW" + c);
        }
        print("new_clause_match_p50", millis(latency.percentile(50)), "ms");
        print("new_clause_match_p99", millis(latency.percentile(99)), "ms");
        freshThresholds(compiler, matcher);
    }

    /** Registers clauses whose thresholds no other clause uses, so each needs fresh column scans. */
    private static void freshThresholds(ClauseCompiler compiler, Matcher matcher) {
        SplittableRandom random = new SplittableRandom(17);
        Percentiles latency = new Percentiles(NEW_CLAUSES);
        for (int c = 0; c < NEW_CLAUSES; c++) {
            String eligibility = "revenue >= " + (100 + random.nextInt(50_000)) / 10.0 + " && staff >= " + (1_000 + c)
                    + " || rdSpend / revenue >= 0." + (100 + c);
            CompiledClause clause = compiler.compile(ClauseDraft.of("FRESH" + c, eligibility, "100000"));
            long start = System.nanoTime();
            matcher.register(clause);
            latency.add(System.nanoTime() - start);
            matcher.withdraw(clause.id());
        }
        print("new_clause_fresh_tests_p50", millis(latency.percentile(50)), "ms");
        print("new_clause_fresh_tests_p99", millis(latency.percentile(99)), "ms");
    }

    private static void explanations(BenchOptions options, Matcher matcher, List<CompiledClause> clauses) {
        Explainer explainer = new Explainer(matcher);
        SplittableRandom random = new SplittableRandom(options.seed() + 1);
        Percentiles latency = new Percentiles(EXPLANATIONS);
        for (int e = 0; e < EXPLANATIONS; e++) {
            String key = SyntheticRegistry.key(random.nextInt(options.enterprises()));
            String clause = clauses.get(random.nextInt(clauses.size())).id();
            long start = System.nanoTime();
            explainer.explain(key, clause);
            latency.add(System.nanoTime() - start);
        }
        print("explanation_p50", micros(latency.percentile(50)), "us");
        print("explanation_p99", micros(latency.percentile(99)), "us");
    }

    private static void baseline(
            BenchOptions options, FactTable table, Matcher matcher, List<CompiledClause> clauses, long fullMatch) {
        CelBaseline baseline = new CelBaseline(TODAY);
        List<CelBaseline.Prepared> prepared =
                clauses.stream().map(baseline::prepare).toList();
        List<RoaringBitmap> matched =
                clauses.stream().map(c -> matcher.eligibleRows(c.id())).toList();
        SplittableRandom random = new SplittableRandom(options.seed() + 2);
        long pairs = 0;
        long disagreements = 0;
        long elapsed = 0;
        for (int s = 0; s < options.sample(); s++) {
            int row = random.nextInt(options.enterprises());
            Map<String, Object> facts = CelBaseline.facts(table, row);
            for (int c = 0; c < prepared.size(); c++) {
                long start = System.nanoTime();
                boolean eligible = prepared.get(c).eligible(facts);
                elapsed += System.nanoTime() - start;
                pairs++;
                if (eligible != matched.get(c).contains(row)) {
                    disagreements++;
                }
            }
        }
        double nanosPerPair = (double) elapsed / pairs;
        double fullEstimate = nanosPerPair * options.enterprises() * (double) options.clauses();
        print("baseline_sample_pairs", pairs, "");
        print("baseline_disagreements", disagreements, "");
        print("baseline_identical", disagreements == 0 ? "yes" : "NO", "");
        print("baseline_per_pair", String.format("%.0f", nanosPerPair), "ns");
        print("baseline_full_match_estimate", String.format("%.1f", fullEstimate / 1e9), "s");
        print("speedup_vs_baseline", String.format("%.0f", fullEstimate / fullMatch), "x");
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String millis(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    private static String micros(long nanos) {
        return String.format("%.1f", nanos / 1e3);
    }

    private static void print(String name, Object value, String unit) {
        System.out.println(name + ": " + value + (unit.isEmpty() ? "" : " " + unit));
    }
}
