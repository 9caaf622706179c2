package org.mingyuan.rules.synth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/** Pieces of the DuckDB SQL the generators write beside their CEL (see {@link SyntheticClause}). */
final class Sql {

    private Sql() {}

    /** A text literal. */
    static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code fact = 'value'}. */
    static String equal(String fact, String value) {
        return fact + " = " + text(value);
    }

    /** {@code fact IN ('a', 'b')}, CEL's {@code fact in ['a', 'b']}. */
    static String in(String fact, Collection<String> values) {
        return fact + " IN (" + values.stream().map(Sql::text).collect(Collectors.joining(", ")) + ")";
    }

    /** CEL's {@code 'element' in setFact}. */
    static String includes(String setFact, String element) {
        return "list_contains(" + setFact + ", " + text(element) + ")";
    }

    /** A date literal, CEL's {@code date('yyyy-MM-dd')}. */
    static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    /** A comparison of the decimal quotient {@code a / b}, false when it is NaN, as Java compares (DuckDB ranks NaN highest). */
    static String quotient(String dividend, String divisor, String op, String value) {
        String quotient = dividend + " / " + divisor;
        return "(" + quotient + " " + op + " " + value + " AND NOT isnan(" + quotient + "))";
    }

    /** CEL's {@code a && b && …}. */
    static String and(Collection<String> conditions) {
        return conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" AND "));
    }

    /** CEL's {@code a || b}. */
    static String or(String a, String b) {
        return "(" + a + ") OR (" + b + ")";
    }

    /** CEL's {@code condition ? a : b}: unknown when the condition is. */
    static String ternary(String condition, String a, String b) {
        return "CASE WHEN (" + condition + ") IS NULL THEN NULL WHEN " + condition + " THEN " + a + " ELSE " + b
                + " END";
    }
}
