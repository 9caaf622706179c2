package org.mingyuan.platform.evaluation.method;

/**
 * Simple additive weighting: each criterion min-max normalised (benefit or cost, see {@link Normalization#MINMAX}),
 * the score of an alternative is Σ w_j·r_ij, in [0, 1].
 */
public final class WeightedSum {

    private WeightedSum() {}

    /** Ranks the rows of {@code matrix} by their weighted sum of min-max normalised values. */
    public static Ranking rank(double[][] matrix, double[] weights, boolean[] benefit) {
        Inputs.matrix(matrix, 1);
        int n = matrix[0].length;
        Inputs.weights(weights, n, "weights");
        Inputs.benefit(benefit, n);
        double[][] r = Normalization.MINMAX.apply(matrix, benefit);
        double[] scores = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < n; j++) {
                scores[i] += weights[j] * r[i][j];
            }
        }
        return Ranking.of(scores);
    }
}
