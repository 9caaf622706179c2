package org.mingyuan.rules.clause;

import java.util.List;

/**
 * An indexable condition on one fact: its rows form a bitmap shared by every clause that
 * contains an equal test. A test over a missing fact is neither true nor false.
 */
public sealed interface Test extends Condition {

    /** Returns the fact the test reads. */
    String fact();

    /** A decimal fact compared with a constant. */
    record DecimalCompare(String fact, Op op, double value) implements Test {}

    /** A whole-number fact, or a date fact as days since 1970-01-01, compared with a constant. */
    record LongCompare(String fact, Op op, long value) implements Test {}

    /** A text or enumeration fact equal to one of the values. */
    record OneOf(String fact, List<String> values) implements Test {}

    /** A set fact holding the element. */
    record Includes(String fact, String element) implements Test {}

    /** A yes-or-no fact that is true. */
    record IsTrue(String fact) implements Test {}

    /** The whole years from a date fact to the evaluation date compared with a constant. */
    record YearsSince(String fact, Op op, long years) implements Test {}
}
