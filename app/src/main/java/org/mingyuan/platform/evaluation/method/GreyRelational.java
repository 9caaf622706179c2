package org.mingyuan.platform.evaluation.method;

import static org.mingyuan.platform.evaluation.method.MethodInputException.malformed;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Grey relational analysis (Deng Julong): the grade of each alternative's relation to the ideal sequence, in (0, 1].
 *
 * <p>Each column is min-max normalised (benefit or cost, {@link Normalization#MINMAX}) so the ideal is 1 everywhere;
 * Δ_ij = |1 − r_ij|; the coefficient ξ_ij = (Δmin + ρ·Δmax) / (Δ_ij + ρ·Δmax) with Δmin and Δmax over the whole
 * matrix and the distinguishing coefficient ρ in (0, 1]; the grade is Σ w_j·ξ_ij, equal weights 1/n when none are
 * given. When every Δ is 0 every coefficient is 1.
 */
public final class GreyRelational {

    /** The distinguishing coefficient used in most published cases. */
    public static final double DEFAULT_RHO = 0.5;

    private GreyRelational() {}

    /** Ranks the rows of {@code m} by their grey relational grade; {@code w} null means equal weights. */
    public static Ranking rank(double[][] m, double @Nullable [] w, boolean[] benefit, double rho) {
        Inputs.matrix(m, 1);
        int n = m[0].length;
        double[] weights = w == null ? equal(n) : Inputs.weights(w, n, "weights");
        Inputs.benefit(benefit, n);
        if (!(rho > 0 && rho <= 1)) {
            throw malformed("rho", "methods.rho.range", Inputs.text(rho));
        }
        double[][] delta = Normalization.MINMAX.apply(m, benefit);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : delta) {
            for (int j = 0; j < n; j++) {
                row[j] = Math.abs(1 - row[j]);
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
        }
        double[] grades = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < n; j++) {
                double coefficient = max == 0 ? 1 : (min + rho * max) / (delta[i][j] + rho * max);
                grades[i] += weights[j] * coefficient;
            }
        }
        return Ranking.of(grades);
    }

    private static double[] equal(int n) {
        double[] weights = new double[n];
        Arrays.fill(weights, 1.0 / n);
        return weights;
    }
}
