package org.mingyuan.rules.clause;

import java.util.List;
import java.util.Set;

/**
 * An indexable condition on one fact: its rows form a bitmap shared by every clause that
 * contains an equal test. A test over a missing fact is neither true nor false.
 */
public sealed interface Test extends Condition {

    /** Returns the fact the test reads; for a computed comparison, the first of its facts. */
    String fact();

    /** Returns every fact the test reads; it is unknown when one of them is missing. */
    default Set<String> facts() {
        return Set.of(fact());
    }

    /**
     * A decimal fact compared with a constant.
     *
     * @param fact the fact
     * @param op the comparison
     * @param value the constant
     * @param totalOrder true when the constant was written as a whole number: CEL then orders the decimal against it
     *     as {@link Double#compare} does, {@code -0.0} below {@code 0} and NaN above every number; otherwise IEEE
     */
    record DecimalCompare(String fact, Op op, double value, boolean totalOrder) implements Test {}

    /** A whole-number fact, or a date fact as days since 1970-01-01, compared with a constant. */
    record LongCompare(String fact, Op op, long value) implements Test {}

    /** A text or enumeration fact equal to one of the values. */
    record OneOf(String fact, List<String> values) implements Test {}

    /** A whole-number fact equal to one of the values ({@code staff in [1, 2, 3]}), values ascending and distinct. */
    record WholeOneOf(String fact, List<Long> values) implements Test {}

    /** A set fact holding the element. */
    record Includes(String fact, String element) implements Test {}

    /** A yes-or-no fact that is true. */
    record IsTrue(String fact) implements Test {}

    /**
     * A comparison of two decimal formulas ({@code rdSpend / revenue >= 0.05}) computed from the
     * columns, with IEEE semantics once every fact it reads is present.
     *
     * @param left the left side
     * @param op the comparison
     * @param right the right side
     * @param source the expression text
     * @param facts the facts it reads, at least one
     * @param totalOrder true when one side is a whole-number constant: CEL then orders as {@link Double#compare}
     */
    record Computed(Formula left, Op op, Formula right, String source, Set<String> facts, boolean totalOrder)
            implements Test {

        @Override
        public String fact() {
            return facts.iterator().next();
        }
    }

    /** The whole years from a date fact to the evaluation date compared with a constant. */
    record YearsSince(String fact, Op op, long years) implements Test {}
}
