package org.mingyuan.platform.evaluation.method;

import static org.mingyuan.platform.evaluation.method.MethodInputException.malformed;
import static org.mingyuan.platform.evaluation.method.MethodInputException.undecidable;

/**
 * Objective weights by Shannon entropy: a criterion whose values differ more between alternatives carries more weight.
 *
 * <p>Each column is sum-normalised, p_ij = x_ij / Σ_i x_ij; e_j = −(1 / ln m) Σ_i p_ij ln p_ij (0 ln 0 = 0);
 * w_j = (1 − e_j) / Σ_k (1 − e_k). Values must be non-negative (normalise or shift them first: sum normalisation of
 * negative values has no meaning), a column must not be constant (it carries no information and e_j = 1), and there
 * must be at least two alternatives.
 */
public final class EntropyWeights {

    private EntropyWeights() {}

    /** The entropy weights of the columns of {@code matrix}, whose rows are alternatives; they sum to 1. */
    public static double[] weigh(double[][] matrix) {
        Inputs.matrix(matrix, 2);
        int m = matrix.length;
        int n = matrix[0].length;
        double[] divergence = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
            double sum = 0;
            boolean constant = true;
            for (int i = 0; i < m; i++) {
                if (matrix[i][j] < 0) {
                    throw malformed(Inputs.cell(i, j), "methods.entropy.negative", Inputs.text(matrix[i][j]));
                }
                sum += matrix[i][j];
                constant &= matrix[i][j] == matrix[0][j];
            }
            if (constant) {
                throw undecidable(Inputs.column(j), "methods.entropy.constant", Inputs.text(matrix[0][j]));
            }
            double entropy = 0;
            for (int i = 0; i < m; i++) {
                double p = matrix[i][j] / sum;
                entropy -= p > 0 ? p * Math.log(p) : 0;
            }
            divergence[j] = Math.max(0, 1 - entropy / Math.log(m));
            total += divergence[j];
        }
        for (int j = 0; j < n; j++) {
            divergence[j] /= total;
        }
        return divergence;
    }
}
