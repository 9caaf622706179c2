package org.mingyuan.rules.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised by percentile. */
final class Percentiles {

    private final long[] samples;
    private int count;

    Percentiles(int capacity) {
        this.samples = new long[capacity];
    }

    void add(long nanos) {
        samples[count++] = nanos;
    }

    /** Returns the p-th percentile (0 &lt; p ≤ 100) in nanoseconds, nearest rank. */
    long percentile(double p) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)];
    }
}
