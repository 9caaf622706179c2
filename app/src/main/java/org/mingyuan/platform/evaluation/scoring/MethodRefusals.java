package org.mingyuan.platform.evaluation.scoring;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.method.MethodInputException;

/**
 * Turns a method's refusal into an invalid request naming the field in the evaluation's terms: a cell
 * {@code matrix[2][3]} of a pairwise or decision matrix becomes, e.g., {@code ahp.OPERATE[2][3]} or
 * {@code matrix[PARK_CODE][INDICATOR]}, and a column {@code matrix[*][3]} the indicator's code.
 */
final class MethodRefusals {

    private static final Pattern CELL = Pattern.compile("matrix\\[(\\d+|\\*)]\\[(\\d+)]");

    private MethodRefusals() {}

    /** The refusal with its matrix fields named by {@code prefix}, keeping the indices. */
    static InvalidRequest named(MethodInputException refusal, String prefix) {
        return named(refusal, prefix, Integer::toString, Integer::toString);
    }

    /** The refusal with its matrix fields named by {@code prefix} and the rows' and columns' names. */
    static InvalidRequest named(
            MethodInputException refusal, String prefix, IntFunction<String> rows, IntFunction<String> columns) {
        String field = refusal.field();
        Matcher cell = CELL.matcher(field);
        if (cell.matches()) {
            String row = cell.group(1).equals("*") ? "*" : rows.apply(Integer.parseInt(cell.group(1)));
            field = prefix + "[" + row + "][" + columns.apply(Integer.parseInt(cell.group(2))) + "]";
        } else if (field.startsWith("matrix")) {
            field = prefix + field.substring("matrix".length());
        }
        return new InvalidRequest(
                field, refusal.code(), List.copyOf(refusal.args()).toArray());
    }
}
