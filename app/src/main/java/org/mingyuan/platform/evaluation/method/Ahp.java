package org.mingyuan.platform.evaluation.method;

import static org.mingyuan.platform.evaluation.method.MethodInputException.malformed;
import static org.mingyuan.platform.evaluation.method.MethodInputException.undecidable;

/**
 * Saaty's analytic hierarchy process: weights from a reciprocal pairwise comparison matrix by its principal
 * eigenvector, with λmax, CI = (λmax − n) / (n − 1) and CR = CI / RI.
 *
 * <p>The matrix is checked first: square, n from 1 to {@link Limits#MAX_AHP_ORDER}, every judgement on Saaty's scale
 * [1/9, 9], ones on the diagonal and a_ji·a_ij = 1 within {@link #RECIPROCAL_TOLERANCE} (so 0.333 passes for 1/3).
 * The eigenvector comes by power iteration from the rows' geometric means.
 */
public final class Ahp {

    /** How far a_ij·a_ji, and a diagonal value, may be from 1. */
    public static final double RECIPROCAL_TOLERANCE = 0.01;

    /** Saaty's random consistency index for n = 1..10 (index n − 1). */
    private static final double[] RANDOM_INDEX = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};

    private static final int MAX_ITERATIONS = 10_000;
    private static final double CONVERGED = 1e-14;

    private Ahp() {}

    /**
     * The weights of {@code pairwise}, refusing a matrix whose CR is {@link AhpWeights#CR_LIMIT} or more: the refusal
     * names the judgement farthest from the weights (the a_ij with the largest |ln(a_ij·w_j / w_i)|) and the value
     * w_i / w_j that would agree with them.
     */
    public static AhpWeights weigh(double[][] pairwise) {
        AhpWeights measured = measure(pairwise);
        if (!measured.consistent()) {
            double[] w = measured.weights();
            int worstI = 0;
            int worstJ = 1;
            double worst = -1;
            for (int i = 0; i < w.length; i++) {
                for (int j = i + 1; j < w.length; j++) {
                    double deviation = Math.abs(Math.log(pairwise[i][j] * w[j] / w[i]));
                    if (deviation > worst) {
                        worst = deviation;
                        worstI = i;
                        worstJ = j;
                    }
                }
            }
            throw undecidable(
                    Inputs.cell(worstI, worstJ),
                    "methods.ahp.inconsistent",
                    Inputs.rounded(measured.cr(), 3),
                    Inputs.text(pairwise[worstI][worstJ]),
                    Inputs.rounded(w[worstI] / w[worstJ], 2));
        }
        return measured;
    }

    /** The weights and consistency of {@code pairwise}, consistent or not; the matrix itself is checked. */
    public static AhpWeights measure(double[][] pairwise) {
        int n = checked(pairwise);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double logs = 0;
            for (int j = 0; j < n; j++) {
                logs += Math.log(pairwise[i][j]);
            }
            w[i] = Math.exp(logs / n);
        }
        normalise(w);
        double lambda = n;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = times(pairwise, w);
            lambda = sum(next);
            normalise(next);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < CONVERGED) {
                break;
            }
        }
        double ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n - 1];
        return new AhpWeights(w, lambda, ci, cr);
    }

    private static int checked(double[][] pairwise) {
        if (pairwise == null || pairwise.length == 0) {
            throw malformed("matrix", "methods.matrix.missing");
        }
        int n = pairwise.length;
        if (n > Limits.MAX_AHP_ORDER) {
            throw malformed("matrix", "methods.ahp.tooLarge", Inputs.text(n), Inputs.text(Limits.MAX_AHP_ORDER));
        }
        for (int i = 0; i < n; i++) {
            if (pairwise[i] == null || pairwise[i].length != n) {
                throw malformed(
                        "matrix[" + i + "]",
                        "methods.ahp.notSquare",
                        Inputs.text(pairwise[i] == null ? 0 : pairwise[i].length),
                        Inputs.text(n));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = pairwise[i][j];
                String at = Inputs.cell(i, j);
                if (!Double.isFinite(a)) {
                    throw malformed(at, "methods.value.nonFinite", Inputs.text(a));
                }
                if (a < 1 / 9.0 * (1 - RECIPROCAL_TOLERANCE) || a > 9 * (1 + RECIPROCAL_TOLERANCE)) {
                    throw malformed(at, "methods.ahp.scale", Inputs.text(a));
                }
                if (i == j && Math.abs(a - 1) > RECIPROCAL_TOLERANCE) {
                    throw malformed(at, "methods.ahp.diagonal", Inputs.text(a));
                }
                if (j > i && Math.abs(a * pairwise[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw malformed(
                            Inputs.cell(j, i),
                            "methods.ahp.notReciprocal",
                            Inputs.text(pairwise[j][i]),
                            at,
                            Inputs.text(a));
                }
            }
        }
        return n;
    }

    private static double[] times(double[][] a, double[] w) {
        double[] product = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                product[i] += a[i][j] * w[j];
            }
        }
        return product;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private static void normalise(double[] values) {
        double sum = sum(values);
        for (int i = 0; i < values.length; i++) {
            values[i] /= sum;
        }
    }
}
