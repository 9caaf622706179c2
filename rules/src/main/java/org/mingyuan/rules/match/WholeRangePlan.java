package org.mingyuan.rules.match;

import org.mingyuan.rules.clause.Op;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.LongColumn;

/**
 * A whole-number or date fact tested against a closed range {@code low ≤ value ≤ high}, or outside it: every
 * comparison with a constant, and every whole-years-since test (the years never grow as the day moves later, so each
 * is a range of days), reads as one.
 */
final class WholeRangePlan extends TestPlan {

    private final LongColumn column;
    private final long low;
    private final long high;
    private final boolean outside;

    private WholeRangePlan(Test test, LongColumn column, long low, long high, boolean outside) {
        super(test);
        this.column = column;
        this.low = low;
        this.high = high;
        this.outside = outside;
    }

    /** Compiles a comparison with a constant. */
    static WholeRangePlan of(Test.LongCompare test, LongColumn column) {
        long c = test.value();
        return switch (test.op()) {
            case LT ->
                c == Long.MIN_VALUE
                        ? new WholeRangePlan(test, column, 1, 0, false)
                        : new WholeRangePlan(test, column, Long.MIN_VALUE, c - 1, false);
            case LE -> new WholeRangePlan(test, column, Long.MIN_VALUE, c, false);
            case GT ->
                c == Long.MAX_VALUE
                        ? new WholeRangePlan(test, column, 1, 0, false)
                        : new WholeRangePlan(test, column, c + 1, Long.MAX_VALUE, false);
            case GE -> new WholeRangePlan(test, column, c, Long.MAX_VALUE, false);
            case EQ -> new WholeRangePlan(test, column, c, c, false);
            case NE -> new WholeRangePlan(test, column, c, c, true);
        };
    }

    /**
     * Compiles a whole-years test: {@code yearsSince(day) ≥ n} holds exactly up to the last day with at least n
     * years, {@code lastDay(n)}.
     */
    static WholeRangePlan of(Test.YearsSince test, LongColumn column, YearsThresholds years) {
        long atLeastN = years.lastDayWithAtLeast(test.years());
        long atLeastMore = years.lastDayWithAtLeast(Math.min(test.years(), Long.MAX_VALUE - 1) + 1);
        Op op = test.op();
        return switch (op) {
            case GE -> new WholeRangePlan(test, column, Long.MIN_VALUE, atLeastN, false);
            case GT -> new WholeRangePlan(test, column, Long.MIN_VALUE, atLeastMore, false);
            case LT -> new WholeRangePlan(test, column, Long.MIN_VALUE, atLeastN, true);
            case LE -> new WholeRangePlan(test, column, Long.MIN_VALUE, atLeastMore, true);
            case EQ -> new WholeRangePlan(test, column, atLeastMore + 1, atLeastN, false);
            case NE -> new WholeRangePlan(test, column, atLeastMore + 1, atLeastN, true);
        };
    }

    @Override
    boolean isTrue(int row) {
        return column.isPresent(row) && holds(column.get(row));
    }

    @Override
    boolean isFalse(int row) {
        return column.isPresent(row) && !holds(column.get(row));
    }

    private boolean holds(long value) {
        return (low <= value && value <= high) != outside;
    }

    @Override
    int retainTrue(int[] rows, int count) {
        long[] values = column.values();
        long[] present = column.presentBits();
        long from = low;
        long to = high;
        boolean out = outside;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            long value = values[row];
            boolean known = (present[row >>> 6] & (1L << row)) != 0;
            rows[kept] = row;
            kept += known && ((from <= value && value <= to) != out) ? 1 : 0;
        }
        return kept;
    }
}
