package org.mingyuan.platform.evaluation.method;

import static org.mingyuan.platform.evaluation.method.MethodInputException.malformed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Monte-Carlo stability of a ranking: each draw multiplies every weight by a factor uniform in [1 − spread,
 * 1 + spread), renormalises the weights to sum 1 and ranks again; per alternative it reports the best and worst rank
 * reached and the share of draws in the top k. The same seed gives the same result ({@link Random} is specified
 * exactly).
 */
public final class StabilityAnalysis {

    /** The perturbation used when none is chosen: ±10 % of each weight. */
    public static final double DEFAULT_SPREAD = 0.10;

    private StabilityAnalysis() {}

    /**
     * Perturbs the weights {@code draws} times and ranks with {@code method} each time.
     *
     * @param spread relative perturbation of each weight, in [0, 1)
     * @param draws from 1 to {@link Limits#MAX_DRAWS}, and draws × alternatives × criteria at most
     *     {@link Limits#MAX_STABILITY_WORK}
     * @param topK from 1 to the number of alternatives
     */
    public static Stability perturb(
            RankingMethod method,
            double[][] matrix,
            double[] weights,
            boolean[] benefit,
            double spread,
            int draws,
            int topK,
            long seed) {
        if (method == null) {
            throw malformed("method", "methods.method.missing");
        }
        Inputs.matrix(matrix, 1);
        int m = matrix.length;
        int n = matrix[0].length;
        Inputs.weights(weights, n, "weights");
        Inputs.benefit(benefit, n);
        if (!(spread >= 0 && spread < 1)) {
            throw malformed("spread", "methods.spread.range", Inputs.text(spread));
        }
        if (draws < 1 || draws > Limits.MAX_DRAWS) {
            throw malformed("draws", "methods.draws.range", Inputs.text(draws), Inputs.text(Limits.MAX_DRAWS));
        }
        if ((long) draws * m * n > Limits.MAX_STABILITY_WORK) {
            throw malformed(
                    "draws",
                    "methods.draws.work",
                    Inputs.text((double) draws * m * n),
                    Inputs.text(Limits.MAX_STABILITY_WORK));
        }
        if (topK < 1 || topK > m) {
            throw malformed("topK", "methods.topK.range", Inputs.text(topK), Inputs.text(m));
        }
        int[] best = new int[m];
        int[] worst = new int[m];
        int[] inTop = new int[m];
        Arrays.fill(best, Integer.MAX_VALUE);
        Random random = new Random(seed);
        for (int draw = 0; draw < draws; draw++) {
            int[] order = method.rank(matrix, perturbed(weights, spread, random), benefit)
                    .order();
            for (int position = 0; position < order.length; position++) {
                int alternative = order[position];
                best[alternative] = Math.min(best[alternative], position + 1);
                worst[alternative] = Math.max(worst[alternative], position + 1);
                inTop[alternative] += position < topK ? 1 : 0;
            }
        }
        List<RankSpread> spreads = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            spreads.add(new RankSpread(best[i], worst[i], (double) inTop[i] / draws));
        }
        return new Stability(List.copyOf(spreads), spread, draws, topK);
    }

    private static double[] perturbed(double[] weights, double spread, Random random) {
        double[] drawn = new double[weights.length];
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            drawn[j] = weights[j] * (1 + spread * (2 * random.nextDouble() - 1));
            sum += drawn[j];
        }
        for (int j = 0; j < drawn.length; j++) {
            drawn[j] /= sum;
        }
        return drawn;
    }
}
