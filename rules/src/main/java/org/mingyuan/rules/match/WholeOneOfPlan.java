package org.mingyuan.rules.match;

import java.util.Arrays;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.LongColumn;

/** A whole-number fact equal to one of a few values, by binary search of the sorted values. */
final class WholeOneOfPlan extends TestPlan {

    private final LongColumn column;
    private final long[] values;

    WholeOneOfPlan(Test.WholeOneOf test, LongColumn column) {
        super(test);
        this.column = column;
        this.values = test.values().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    @Override
    boolean isTrue(int row) {
        return column.isPresent(row) && Arrays.binarySearch(values, column.get(row)) >= 0;
    }

    @Override
    boolean isFalse(int row) {
        return column.isPresent(row) && Arrays.binarySearch(values, column.get(row)) < 0;
    }
}
