package org.mingyuan.platform.evaluation.method;

import static org.mingyuan.platform.evaluation.method.MethodInputException.malformed;

import org.jspecify.annotations.Nullable;

/**
 * TOPSIS (Hwang and Yoon, 1981): the closeness of each alternative to the ideal, d⁻ / (d⁺ + d⁻), in [0, 1].
 *
 * <p>The columns are normalised ({@link Normalization}), weighted, v_ij = w_j·r_ij; the ideal A⁺ takes each column's
 * best value (the largest for a benefit, the smallest for a cost), the anti-ideal A⁻ its worst; d⁺ and d⁻ are the
 * Euclidean distances to them. After min-max normalisation every column already points the benefit way. When every
 * weighted column is constant all alternatives tie at 0.5.
 */
public final class Topsis {

    private Topsis() {}

    /** Ranks the rows of {@code m} by their closeness to the ideal. */
    public static Ranking rank(double[][] m, double[] w, boolean[] benefit, @Nullable Normalization normalization) {
        if (normalization == null) {
            throw malformed("normalization", "methods.normalization.missing");
        }
        Inputs.matrix(m, 1);
        int n = m[0].length;
        Inputs.weights(w, n, "weights");
        Inputs.benefit(benefit, n);
        double[][] v = normalization.apply(m, benefit);
        double[] ideal = new double[n];
        double[] antiIdeal = new double[n];
        for (int j = 0; j < n; j++) {
            boolean more = normalization == Normalization.MINMAX || benefit[j];
            ideal[j] = more ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            antiIdeal[j] = more ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (double[] row : v) {
                row[j] *= w[j];
                ideal[j] = more ? Math.max(ideal[j], row[j]) : Math.min(ideal[j], row[j]);
                antiIdeal[j] = more ? Math.min(antiIdeal[j], row[j]) : Math.max(antiIdeal[j], row[j]);
            }
        }
        double[] closeness = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            double toIdeal = distance(v[i], ideal);
            double toAntiIdeal = distance(v[i], antiIdeal);
            closeness[i] = toIdeal + toAntiIdeal == 0 ? 0.5 : toAntiIdeal / (toIdeal + toAntiIdeal);
        }
        return Ranking.of(closeness);
    }

    /** The same ranking with the default vector normalisation. */
    public static Ranking rank(double[][] m, double[] w, boolean[] benefit) {
        return rank(m, w, benefit, Normalization.VECTOR);
    }

    private static double distance(double[] a, double[] b) {
        double squares = 0;
        for (int j = 0; j < a.length; j++) {
            squares += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(squares);
    }
}
