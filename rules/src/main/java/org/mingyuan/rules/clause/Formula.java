package org.mingyuan.rules.clause;

/**
 * An amount expression that can be computed from columns without CEL: decimal arithmetic over
 * facts and constants with {@code min}, {@code max} and {@code round}. A missing fact gives NaN.
 */
public sealed interface Formula {

    /** A constant number. */
    record Constant(double value) implements Formula {}

    /** The value of a decimal fact, or of a whole-number fact converted with {@code double()}. */
    record FactValue(String fact) implements Formula {}

    /** One of {@code + - * /} applied to two formulas. */
    record Arithmetic(char operator, Formula left, Formula right) implements Formula {}

    /** The smaller ({@code min}) or larger ({@code max}) of two formulas. */
    record Extreme(boolean smallest, Formula left, Formula right) implements Formula {}

    /** A formula rounded to a whole number, halves away from zero. */
    record Rounded(Formula value) implements Formula {}

    /** A formula with its sign changed. */
    record Negated(Formula value) implements Formula {}
}
