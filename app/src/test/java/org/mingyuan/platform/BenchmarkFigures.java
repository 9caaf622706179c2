package org.mingyuan.platform;

import java.util.Locale;

/**
 * How the benchmarks print their figures: one {@code name: value unit} line each, and for a figure with a target
 * {@code target_name: value <= target met} or {@code MISSED}, so the README quotes them as printed.
 */
public final class BenchmarkFigures {

    private BenchmarkFigures() {}

    /** Prints {@code name: value unit}, the value to two decimals. */
    public static void print(String name, double value, String unit) {
        System.out.println(name + ": " + String.format(Locale.ROOT, "%.2f", value) + " " + unit);
    }

    /** Prints whether {@code value} is within {@code target} (lower is better). */
    public static void target(String name, double value, double target, String unit) {
        System.out.println(
                "target_" + name + ": " + String.format(Locale.ROOT, "%.2f %s <= %.0f %s", value, unit, target, unit)
                        + (value <= target ? " met" : " MISSED"));
    }

    /** Prints whether {@code value} reaches {@code target} (higher is better). */
    public static void atLeast(String name, double value, double target, String unit) {
        System.out.println(
                "target_" + name + ": " + String.format(Locale.ROOT, "%.2f %s >= %.0f %s", value, unit, target, unit)
                        + (value >= target ? " met" : " MISSED"));
    }

    /** The {@code p} quantile (0 to 1) of nanosecond durations sorted ascending, in milliseconds. */
    public static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Seconds since {@code startNanos} of {@link System#nanoTime()}. */
    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
