package org.mingyuan.platform.evaluation.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.method.Normalization;

/**
 * Turns the arrays of a JSON body into the methods' arrays, refusing a missing value by its place (e.g.
 * {@code matrix[2][3]}); sizes and values are then checked by the methods themselves. The platform's body limit
 * bounds the work done here.
 */
final class JsonArrays {

    private JsonArrays() {}

    /** The matrix, or null when absent (the method then says it is required). */
    static double @Nullable [][] matrix(@Nullable List<@Nullable List<@Nullable Double>> rows) {
        if (rows == null) {
            return null;
        }
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < matrix.length; i++) {
            List<@Nullable Double> row = rows.get(i);
            if (row == null) {
                throw new InvalidRequest("matrix[" + i + "]", "methods.matrix.missingRow");
            }
            matrix[i] = numbers(row, "matrix[" + i + "]");
        }
        return matrix;
    }

    /** The numbers, or null when absent. */
    static double @Nullable [] vector(@Nullable List<@Nullable Double> values, String field) {
        return values == null ? null : numbers(values, field);
    }

    /** The directions, or null when absent. */
    static boolean @Nullable [] benefit(@Nullable List<@Nullable Boolean> values) {
        if (values == null) {
            return null;
        }
        boolean[] benefit = new boolean[values.size()];
        for (int j = 0; j < benefit.length; j++) {
            Boolean value = values.get(j);
            if (value == null) {
                throw new InvalidRequest("benefit[" + j + "]", "methods.value.missing");
            }
            benefit[j] = value;
        }
        return benefit;
    }

    /** The normalization named {@code vector} or {@code minmax}; vector when absent. */
    static Normalization normalization(@Nullable String name) {
        if (name == null) {
            return Normalization.VECTOR;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "vector" -> Normalization.VECTOR;
            case "minmax" -> Normalization.MINMAX;
            default -> throw new InvalidRequest("normalization", "methods.normalization.unknown", shortened(name));
        };
    }

    /** At most 40 characters of what the caller sent. */
    static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static double[] numbers(List<@Nullable Double> values, String field) {
        double[] numbers = new double[values.size()];
        for (int j = 0; j < numbers.length; j++) {
            Double value = values.get(j);
            if (value == null) {
                throw new InvalidRequest(field + "[" + j + "]", "methods.value.missing");
            }
            numbers[j] = value;
        }
        return numbers;
    }
}
