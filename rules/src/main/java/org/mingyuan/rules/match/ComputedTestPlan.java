package org.mingyuan.rules.match;

import java.util.List;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.FactTable;

/**
 * A comparison of two decimal formulas ({@code rdSpend / revenue >= revenueGrowth}) computed from the columns, with
 * IEEE semantics (or, against a whole-number constant, {@link Double#compare}'s) once every fact it reads is present.
 * A formula compared with a constant is a {@link RangeTestPlan} instead.
 */
final class ComputedTestPlan extends TestPlan {

    private final Test.Computed test;
    private final List<Column> columns;
    private final FormulaKernel left;
    private final FormulaKernel right;

    ComputedTestPlan(Test.Computed test, FactTable table) {
        super(test);
        this.test = test;
        this.columns = test.facts().stream().map(table::column).toList();
        this.left = FormulaKernel.of(test.left(), table);
        this.right = FormulaKernel.of(test.right(), table);
    }

    @Override
    int cost() {
        return 4;
    }

    @Override
    boolean isTrue(int row) {
        return known(row) && holds(row);
    }

    @Override
    boolean isFalse(int row) {
        return known(row) && !holds(row);
    }

    private boolean known(int row) {
        for (Column column : columns) {
            if (!column.isPresent(row)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(int row) {
        double l = left.at(row);
        double r = right.at(row);
        if (test.totalOrder()) {
            return test.op().holds(Double.compare(l, r));
        }
        return switch (test.op()) {
            case LT -> l < r;
            case LE -> l <= r;
            case GT -> l > r;
            case GE -> l >= r;
            case EQ -> l == r;
            case NE -> l != r;
        };
    }
}
