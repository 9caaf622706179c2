package org.mingyuan.rules.match;

import org.mingyuan.rules.clause.Op;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.DoubleColumn;

/** A decimal fact compared with a constant, straight from the column (NaN marks a missing value). */
final class DecimalTestPlan extends TestPlan {

    private final DoubleColumn column;
    private final Op op;
    private final double constant;

    DecimalTestPlan(Test.DecimalCompare test, DoubleColumn column) {
        super(test);
        this.column = column;
        this.op = test.op();
        this.constant = test.value();
    }

    @Override
    boolean isTrue(int row) {
        double value = column.get(row);
        return !Double.isNaN(value) && holds(value);
    }

    @Override
    boolean isFalse(int row) {
        double value = column.get(row);
        return !Double.isNaN(value) && !holds(value);
    }

    private boolean holds(double value) {
        return switch (op) {
            case LT -> value < constant;
            case LE -> value <= constant;
            case GT -> value > constant;
            case GE -> value >= constant;
            case EQ -> value == constant;
            case NE -> value != constant;
        };
    }

    @Override
    int retainTrue(int[] rows, int count) {
        double[] values = column.values();
        double c = constant;
        int kept = 0;
        switch (op) {
            case LT -> {
                for (int i = 0; i < count; i++) {
                    int row = rows[i];
                    rows[kept] = row;
                    kept += values[row] < c ? 1 : 0;
                }
            }
            case LE -> {
                for (int i = 0; i < count; i++) {
                    int row = rows[i];
                    rows[kept] = row;
                    kept += values[row] <= c ? 1 : 0;
                }
            }
            case GT -> {
                for (int i = 0; i < count; i++) {
                    int row = rows[i];
                    rows[kept] = row;
                    kept += values[row] > c ? 1 : 0;
                }
            }
            case GE -> {
                for (int i = 0; i < count; i++) {
                    int row = rows[i];
                    rows[kept] = row;
                    kept += values[row] >= c ? 1 : 0;
                }
            }
            default -> kept = super.retainTrue(rows, count);
        }
        return kept;
    }
}
