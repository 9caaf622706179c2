package org.mingyuan.rules.match;

import org.mingyuan.rules.clause.Op;

/**
 * The keys a comparison with a constant accepts: {@code low ≤ key ≤ high}, or, when {@code outside}, every other
 * key. An empty range has {@code low > high}.
 */
record KeyRange(long low, long high, boolean outside) {

    private static final KeyRange NONE = new KeyRange(1, 0, false);

    /** Returns the keys for which {@code key op constant} holds. */
    static KeyRange of(Op op, long constant) {
        return switch (op) {
            case LT -> constant == Long.MIN_VALUE ? NONE : new KeyRange(Long.MIN_VALUE, constant - 1, false);
            case LE -> new KeyRange(Long.MIN_VALUE, constant, false);
            case GT -> constant == Long.MAX_VALUE ? NONE : new KeyRange(constant + 1, Long.MAX_VALUE, false);
            case GE -> new KeyRange(constant, Long.MAX_VALUE, false);
            case EQ -> new KeyRange(constant, constant, false);
            case NE -> new KeyRange(constant, constant, true);
        };
    }

    /**
     * Returns the keys of decimals ({@link NumericSource#key(double)}) for which {@code value op constant} holds: in
     * IEEE order, where both zeros are equal and NaN is neither below, equal to nor above anything, or, with {@code
     * totalOrder}, as {@link Double#compare} orders them, as CEL compares a decimal with a whole number.
     */
    static KeyRange of(Op op, double constant, boolean totalOrder) {
        if (totalOrder) {
            return of(op, NumericSource.key(constant));
        }
        if (Double.isNaN(constant)) {
            return op == Op.NE ? new KeyRange(1, 0, true) : NONE;
        }
        long low = NumericSource.key(constant == 0 ? -0.0 : constant);
        long high = NumericSource.key(constant == 0 ? 0.0 : constant);
        long lowest = NumericSource.key(Double.NEGATIVE_INFINITY);
        long highest = NumericSource.key(Double.POSITIVE_INFINITY);
        return switch (op) {
            case LT -> new KeyRange(lowest, low - 1, false);
            case LE -> new KeyRange(lowest, high, false);
            case GT -> new KeyRange(high + 1, highest, false);
            case GE -> new KeyRange(low, highest, false);
            case EQ -> new KeyRange(low, high, false);
            case NE -> new KeyRange(low, high, true);
        };
    }

    /**
     * Returns the days for which the whole years since the day compare with {@code years} as {@code op} says. The
     * years never grow as the day moves later, so "at least n years" holds exactly up to one last day.
     */
    static KeyRange ofYears(Op op, long years, YearsThresholds thresholds) {
        long atLeastN = thresholds.lastDayWithAtLeast(years);
        long atLeastMore = thresholds.lastDayWithAtLeast(Math.min(years, Long.MAX_VALUE - 1) + 1);
        return switch (op) {
            case GE -> new KeyRange(Long.MIN_VALUE, atLeastN, false);
            case GT -> new KeyRange(Long.MIN_VALUE, atLeastMore, false);
            case LT -> new KeyRange(Long.MIN_VALUE, atLeastN, true);
            case LE -> new KeyRange(Long.MIN_VALUE, atLeastMore, true);
            case EQ -> new KeyRange(atLeastMore + 1, atLeastN, false);
            case NE -> new KeyRange(atLeastMore + 1, atLeastN, true);
        };
    }

    /** Tells whether the key is accepted. */
    boolean holds(long key) {
        return (low <= key && key <= high) != outside;
    }
}
