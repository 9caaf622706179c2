package org.mingyuan.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.CelBaseline;
import org.mingyuan.rules.match.Explainer;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.match.Totals;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.synth.ClauseGenerator;
import org.mingyuan.rules.synth.DemoSchema;
import org.mingyuan.rules.synth.RegistryShape;
import org.mingyuan.rules.synth.SyntheticClause;
import org.mingyuan.rules.synth.SyntheticRegistry;
import org.mingyuan.rules.table.FactTable;

/**
 * Entry point of the matcher benchmark: {@code java -jar mingyuan-bench.jar --enterprises N
 * --clauses N --seed N [--workload templates|diverse] [--duckdb on|off]}. Prints one figure a line, {@code name: value unit}.
 */
public final class BenchCommand {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final int UPDATES = 2_000;
    private static final int NEW_CLAUSES = 100;
    private static final int EXPLANATIONS = 2_000;

    /** Enterprises generated and loaded at a time, as an application reads its database in pages. */
    static final int BATCH = 50_000;

    private static final int WARM_UP = 100_000;
    private static final int REMATCHES = 5;

    private BenchCommand() {}

    /** Runs the benchmark. */
    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar mingyuan-bench.jar --enterprises N --clauses N --seed N [--sample N]"
                    + " [--workload templates|diverse] [--duckdb on|off]");
            System.exit(2);
            return;
        }
        try {
            run(options);
        } catch (Exception e) {
            throw new IllegalStateException("the benchmark failed", e);
        }
    }

    private static void run(BenchOptions options) throws Exception {
        print("enterprises", options.enterprises(), "");
        print("clauses", options.clauses(), "");
        print("seed", options.seed(), "");
        print("workload", options.workload().name().toLowerCase(Locale.ROOT), "");
        RegistryShape shape = options.workload().shape();
        FactSchema schema = DemoSchema.schema(shape);
        SyntheticRegistry registry = new SyntheticRegistry(shape, options.seed(), TODAY, 0.03);
        warmUp(options, schema, registry);
        FactTable table = new FactTable(schema);
        long tableBuild = 0;
        long generating = 0;
        for (int from = 0; from < options.enterprises(); from += BATCH) {
            long start = System.nanoTime();
            Map<String, Map<String, Object>> batch =
                    registry.batch(from, Math.min(options.enterprises(), from + BATCH));
            long loading = System.nanoTime();
            table.upsertAll(batch);
            tableBuild += System.nanoTime() - loading;
            generating += loading - start;
        }
        print("registry_generate", millis(generating), "ms");
        print("table_build", millis(tableBuild), "ms");

        ClauseCompiler compiler = new ClauseCompiler(schema);
        ClauseGenerator generator = options.workload().clauses(options.seed(), TODAY);
        List<SyntheticClause> generated = generator.generate(options.clauses());
        long start = System.nanoTime();
        List<CompiledClause> clauses = compiler.compileAll(
                generated.stream().map(SyntheticClause::draft).toList());
        long compile = System.nanoTime() - start;
        print("clause_compile", millis(compile), "ms");

        Matcher matcher = new Matcher(table, TODAY);
        start = System.nanoTime();
        matcher.registerAll(clauses);
        long fullMatch = System.nanoTime() - start;
        print("full_match", millis(fullMatch), "ms");
        print("compile_and_full_match", millis(compile + fullMatch), "ms");
        Percentiles rematches = new Percentiles(REMATCHES);
        for (int r = 0; r < REMATCHES; r++) {
            start = System.nanoTime();
            matcher.rematch();
            rematches.add(System.nanoTime() - start);
        }
        long rematch = rematches.percentile(50);
        print("full_rematch_p50", millis(rematch), "ms");
        start = System.nanoTime();
        Map<String, Totals> totals = matcher.totals();
        long clauseTotals = System.nanoTime() - start;
        print("clause_totals", millis(clauseTotals), "ms");
        start = System.nanoTime();
        matcher.totalsBy(DuckDbPeer.GROUP);
        long totalsByGroup = System.nanoTime() - start;
        print("clause_totals_by_group", millis(totalsByGroup), "ms");
        print("clause_totals_together", millis(clauseTotals + totalsByGroup), "ms");
        print("full_match_with_totals", millis(fullMatch + clauseTotals), "ms");
        print(
                "total_amount",
                String.format(
                        "%.0f",
                        totals.values().stream().mapToDouble(Totals::amount).sum()),
                "CNY");
        long eligiblePairs = clauses.stream()
                .mapToLong(c -> matcher.eligibleRows(c.id()).getLongCardinality())
                .sum();
        print("eligible_pairs", eligiblePairs, "");
        long testUses = TestUses.of(clauses);
        print("test_uses", testUses, "");
        print("shared_tests", matcher.indexedTests(), "");
        print("uses_per_shared_test", String.format("%.1f", testUses / (double) matcher.indexedTests()), "");
        if (options.duckdb()) {
            DuckDbPeer.bench(
                    schema,
                    registry,
                    options.enterprises(),
                    TODAY,
                    generated,
                    matcher,
                    new DuckDbPeer.MatcherTimes(tableBuild, fullMatch, totalsByGroup));
        }

        Percentiles updates = updates(options, registry, table);
        Percentiles fresh = newClauses(generator, compiler, matcher);
        explanations(options, matcher, clauses);
        baseline(options, table, matcher, clauses, fullMatch + clauseTotals);
        print("peak_heap", peakHeapMegabytes(), "MB");
        Targets.print(List.of(
                new Targets.Target("full_match", fullMatch / 1e6, 300, "ms"),
                new Targets.Target("full_rematch_p50", rematch / 1e6, 300, "ms"),
                new Targets.Target("clause_totals_together", (clauseTotals + totalsByGroup) / 1e6, 500, "ms"),
                new Targets.Target("table_build", tableBuild / 1e6, 1_500, "ms"),
                new Targets.Target("clause_compile", compile / 1e6, 1_000, "ms"),
                new Targets.Target("enterprise_update_p99", updates.percentile(99) / 1e6, 0.5, "ms"),
                new Targets.Target("new_clause_fresh_tests_p99", fresh.percentile(99) / 1e6, 20, "ms")));
    }

    /**
     * Runs the whole work once, unmeasured, on a smaller registry (the first {@value #WARM_UP} enterprises) with the
     * same clauses and a few updates, so the figures are those of compiled code, not of the JIT's first passes.
     */
    private static void warmUp(BenchOptions options, FactSchema schema, SyntheticRegistry registry) {
        int enterprises = Math.min(WARM_UP, options.enterprises());
        print("warm_up_enterprises", enterprises, "");
        FactTable table = new FactTable(schema);
        for (int from = 0; from < enterprises; from += BATCH) {
            table.upsertAll(registry.batch(from, Math.min(enterprises, from + BATCH)));
        }
        ClauseCompiler compiler = new ClauseCompiler(schema);
        List<ClauseDraft> drafts =
                options.workload().clauses(options.seed(), TODAY).generate(options.clauses()).stream()
                        .map(SyntheticClause::draft)
                        .toList();
        try (Matcher matcher = new Matcher(table, TODAY)) {
            matcher.registerAll(compiler.compileAll(drafts));
            matcher.rematch();
            matcher.totals();
            matcher.totalsBy(DuckDbPeer.GROUP);
            for (int u = 0; u < UPDATES; u++) {
                table.upsert(SyntheticRegistry.key(u % enterprises), registry.enterprise(u % enterprises, u + 1));
            }
        }
    }

    /**
     * Replaces every fact of random enterprises (a fresh annual report), after as many unmeasured
     * updates to warm the JIT.
     */
    private static Percentiles updates(BenchOptions options, SyntheticRegistry registry, FactTable table) {
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
        return latency;
    }

    private static Percentiles newClauses(ClauseGenerator generator, ClauseCompiler compiler, Matcher matcher) {
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
        return freshThresholds(compiler, matcher);
    }

    /** Registers clauses whose thresholds no other clause uses, so each needs fresh column scans. */
    private static Percentiles freshThresholds(ClauseCompiler compiler, Matcher matcher) {
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
        return latency;
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

    /**
     * Times the same work pair by pair with plain CEL, eligibility and the amount of every eligible pair, on sampled
     * enterprises against every clause, first on one thread, then on as many as the matcher's parallel streams use (the
     * common pool's workers and the calling thread), after an unmeasured warm-up; both are extrapolated to the whole
     * registry and compared with the matcher's full match and totals.
     */
    private static void baseline(
            BenchOptions options, FactTable table, Matcher matcher, List<CompiledClause> clauses, long matcherNanos)
            throws Exception {
        CelBaseline cel = new CelBaseline(TODAY);
        List<CelBaseline.Prepared> prepared = clauses.stream().map(cel::prepare).toList();
        SplittableRandom random = new SplittableRandom(options.seed() + 2);
        int[] sample = random.ints(options.sample(), 0, options.enterprises()).toArray();
        new PairBaseline(table, prepared, Arrays.copyOf(sample, Math.max(1, sample.length / 10))).run(1);
        PairBaseline baseline = new PairBaseline(table, prepared, sample);
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        long single = baseline.run(1);
        long parallel = baseline.run(threads);
        long disagreements = baseline.disagreements(
                matcher, clauses.stream().map(CompiledClause::id).toList());
        double allPairs = (double) options.enterprises() * options.clauses();
        double singleEstimate = single / (double) baseline.pairs() * allPairs;
        double parallelEstimate = parallel / (double) baseline.pairs() * allPairs;
        print("baseline_sample_pairs", baseline.pairs(), "");
        print("baseline_disagreements", disagreements, "");
        print("baseline_identical", disagreements == 0 ? "yes" : "NO", "");
        print("baseline_per_pair", String.format("%.0f", single / (double) baseline.pairs()), "ns");
        print("baseline_full_estimate", String.format("%.1f", singleEstimate / 1e9), "s");
        print("baseline_threads", threads, "");
        print("baseline_parallel_full_estimate", String.format("%.1f", parallelEstimate / 1e9), "s");
        print("speedup_vs_baseline", String.format("%.0f", singleEstimate / matcherNanos), "x");
        print("speedup_vs_parallel_baseline", String.format("%.0f", parallelEstimate / matcherNanos), "x");
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
