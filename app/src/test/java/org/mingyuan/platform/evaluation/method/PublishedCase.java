package org.mingyuan.platform.evaluation.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A published worked example kept under {@code testdata/evaluation/}: its source, its input and the figures printed
 * in it, with the precision they were printed to. Judgements may be written as fractions, e.g. {@code "1/3"}.
 */
record PublishedCase(String source, JsonNode json) {

    static PublishedCase load(String name) {
        try (InputStream in = PublishedCase.class.getResourceAsStream("/testdata/evaluation/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test data " + name);
            }
            JsonNode json = new ObjectMapper().readTree(in);
            return new PublishedCase(json.get("source").asText(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[][] matrix() {
        JsonNode rows = json.get("matrix");
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = numbers(rows.get(i));
        }
        return matrix;
    }

    double[] numbers(String field) {
        return numbers(json.get(field));
    }

    boolean[] benefit() {
        JsonNode values = json.get("benefit");
        boolean[] benefit = new boolean[values.size()];
        for (int j = 0; j < benefit.length; j++) {
            benefit[j] = values.get(j).asBoolean();
        }
        return benefit;
    }

    double[] printed(String field) {
        return numbers(json.get("printed").get(field));
    }

    double printedValue(String field) {
        return json.get("printed").get(field).asDouble();
    }

    /** {@code value} rounded half up to the precision the figures were printed to. */
    double asPrinted(double value) {
        return BigDecimal.valueOf(value)
                .setScale(json.get("printed").get("precision").asInt(), RoundingMode.HALF_UP)
                .doubleValue();
    }

    double[] asPrinted(double[] values) {
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = asPrinted(values[i]);
        }
        return rounded;
    }

    private static double[] numbers(JsonNode values) {
        double[] numbers = new double[values.size()];
        for (int j = 0; j < numbers.length; j++) {
            JsonNode value = values.get(j);
            if (value.isTextual()) {
                String[] fraction = value.asText().split("/");
                numbers[j] = Double.parseDouble(fraction[0]) / Double.parseDouble(fraction[1]);
            } else {
                numbers[j] = value.asDouble();
            }
        }
        return numbers;
    }
}
