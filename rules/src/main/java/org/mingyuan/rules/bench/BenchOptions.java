package org.mingyuan.rules.bench;

import java.util.Locale;
import org.mingyuan.rules.synth.Workload;

/**
 * The benchmark's command-line options.
 *
 * @param enterprises how many enterprises the registry holds
 * @param clauses how many clauses are registered
 * @param seed the seed of the generators
 * @param sample how many enterprises the per-pair CEL baseline evaluates against every clause
 * @param workload the registry and clause set: {@code templates} (the default) or {@code diverse}
 * @param duckdb whether the DuckDB peer runs ({@code --duckdb on}, the default, or {@code off})
 */
record BenchOptions(int enterprises, int clauses, long seed, int sample, Workload workload, boolean duckdb) {

    static BenchOptions parse(String[] args) {
        int enterprises = 100_000;
        int clauses = 2_000;
        long seed = 1;
        int sample = 200;
        Workload workload = Workload.TEMPLATES;
        boolean duckdb = true;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " has no value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--enterprises" -> enterprises = Integer.parseInt(value);
                case "--clauses" -> clauses = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--sample" -> sample = Integer.parseInt(value);
                case "--workload" -> workload = workload(value);
                case "--duckdb" -> duckdb = onOff(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new BenchOptions(enterprises, clauses, seed, Math.min(sample, enterprises), workload, duckdb);
    }

    private static boolean onOff(String option, String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("option " + option + " takes on or off, not " + value);
        };
    }

    private static Workload workload(String value) {
        try {
            return Workload.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown workload " + value + "; expected templates or diverse", e);
        }
    }
}
