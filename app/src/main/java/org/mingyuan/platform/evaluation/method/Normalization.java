package org.mingyuan.platform.evaluation.method;

/** How a decision matrix's columns are made comparable before ranking. */
public enum Normalization {
    /** Each value divided by its column's Euclidean norm, x / √Σx²; directions are kept. */
    VECTOR,
    /** (x − min) / (max − min) for a benefit, (max − x) / (max − min) for a cost; a constant column becomes 1. */
    MINMAX;

    /** The normalised copy of {@code matrix}, which is left untouched. */
    double[][] apply(double[][] matrix, boolean[] benefit) {
        int m = matrix.length;
        int n = matrix[0].length;
        double[][] normalised = new double[m][n];
        for (int j = 0; j < n; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double squares = 0;
            for (double[] row : matrix) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
                squares += row[j] * row[j];
            }
            double norm = Math.sqrt(squares);
            for (int i = 0; i < m; i++) {
                double x = matrix[i][j];
                normalised[i][j] = switch (this) {
                    case VECTOR -> norm == 0 ? 0 : x / norm;
                    case MINMAX -> max == min ? 1 : (benefit[j] ? x - min : max - x) / (max - min);
                };
            }
        }
        return normalised;
    }
}
