package org.mingyuan.platform.evaluation.method;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The result of ranking alternatives: a score per alternative (more is better) and the alternatives' zero-based
 * indices best first; equal scores keep the alternatives' order.
 */
public record Ranking(double[] scores, int[] order) {

    /** The ranking by {@code scores}, highest first. */
    static Ranking of(double[] scores) {
        int[] order = IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        return new Ranking(scores, order);
    }
}
