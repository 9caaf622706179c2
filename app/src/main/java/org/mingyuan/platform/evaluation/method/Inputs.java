package org.mingyuan.platform.evaluation.method;

import static org.mingyuan.platform.evaluation.method.MethodInputException.malformed;

import org.jspecify.annotations.Nullable;

/** Checks of the inputs every method shares: a decision matrix, its weights and its criteria's directions. */
final class Inputs {

    private Inputs() {}

    /**
     * Checks a decision matrix: at least {@code minRows} rows of the same positive length, within the size limits,
     * every value finite and within {@link Limits#MAX_MAGNITUDE}.
     */
    static double[][] matrix(double @Nullable [][] matrix, int minRows) {
        if (matrix == null) {
            throw malformed("matrix", "methods.matrix.missing");
        }
        if (matrix.length < minRows) {
            throw malformed("matrix", "methods.matrix.tooFewRows", text(matrix.length), text(minRows));
        }
        if (matrix.length > Limits.MAX_ALTERNATIVES) {
            throw malformed("matrix", "methods.matrix.tooManyRows", text(matrix.length), text(Limits.MAX_ALTERNATIVES));
        }
        int columns = columns(matrix, 0);
        if (columns == 0) {
            throw malformed("matrix[0]", "methods.matrix.emptyRow");
        }
        if (columns > Limits.MAX_CRITERIA) {
            throw malformed("matrix[0]", "methods.matrix.tooManyColumns", text(columns), text(Limits.MAX_CRITERIA));
        }
        for (int i = 0; i < matrix.length; i++) {
            if (columns(matrix, i) != columns) {
                throw malformed("matrix[" + i + "]", "methods.matrix.ragged", text(columns(matrix, i)), text(columns));
            }
            for (int j = 0; j < columns; j++) {
                finite(cell(i, j), matrix[i][j]);
            }
        }
        return matrix;
    }

    /**
     * Checks weights for {@code criteria} criteria: finite, non-negative, summing to 1 within
     * {@link Limits#WEIGHT_SUM_TOLERANCE}.
     */
    static double[] weights(double @Nullable [] weights, int criteria, String field) {
        if (weights == null) {
            throw malformed(field, "methods.weights.missing");
        }
        if (weights.length != criteria) {
            throw malformed(field, "methods.weights.length", text(weights.length), text(criteria));
        }
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            String at = field + "[" + j + "]";
            if (!Double.isFinite(weights[j])) {
                throw malformed(at, "methods.value.nonFinite", text(weights[j]));
            }
            if (weights[j] < 0 || weights[j] > 1) {
                throw malformed(at, "methods.weights.range", text(weights[j]));
            }
            sum += weights[j];
        }
        if (Math.abs(sum - 1) > Limits.WEIGHT_SUM_TOLERANCE) {
            throw malformed(field, "methods.weights.sum", text(sum), text(Limits.WEIGHT_SUM_TOLERANCE));
        }
        return weights;
    }

    /** Checks the direction of each of {@code criteria} criteria: true where more is better. */
    static boolean[] benefit(boolean @Nullable [] benefit, int criteria) {
        if (benefit == null) {
            throw malformed("benefit", "methods.benefit.missing");
        }
        if (benefit.length != criteria) {
            throw malformed("benefit", "methods.benefit.length", text(benefit.length), text(criteria));
        }
        return benefit;
    }

    /** The name of one cell of the matrix as the caller sent it, e.g. {@code matrix[2][3]}. */
    static String cell(int row, int column) {
        return "matrix[" + row + "][" + column + "]";
    }

    /** The name of a whole column of the matrix, e.g. {@code matrix[*][3]}. */
    static String column(int column) {
        return "matrix[*][" + column + "]";
    }

    /** A number as a message shows it: shortest exact form, no grouping. */
    static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** A number rounded to {@code digits} decimals for a message. */
    static String rounded(double value, int digits) {
        return java.math.BigDecimal.valueOf(value)
                .setScale(digits, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw malformed(field, "methods.value.nonFinite", text(value));
        }
        if (Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw malformed(field, "methods.value.tooLarge", text(value), text(Limits.MAX_MAGNITUDE));
        }
    }

    private static int columns(double[][] matrix, int row) {
        if (matrix[row] == null) {
            throw malformed("matrix[" + row + "]", "methods.matrix.missingRow");
        }
        return matrix[row].length;
    }
}
