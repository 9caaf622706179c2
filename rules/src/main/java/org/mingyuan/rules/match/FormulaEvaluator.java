package org.mingyuan.rules.match;

import org.mingyuan.rules.clause.CelRules;
import org.mingyuan.rules.clause.Formula;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.DoubleColumn;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.LongColumn;

/** Computes a formula on one row straight from the columns; a missing fact gives NaN. */
final class FormulaEvaluator {

    private FormulaEvaluator() {}

    static double evaluate(Formula formula, FactTable table, int row) {
        if (formula instanceof Formula.Constant constant) {
            return constant.value();
        }
        if (formula instanceof Formula.FactValue fact) {
            Column column = table.column(fact.fact());
            if (column instanceof DoubleColumn decimals) {
                return decimals.get(row);
            }
            return column.isPresent(row) ? (double) ((LongColumn) column).get(row) : Double.NaN;
        }
        if (formula instanceof Formula.Arithmetic arithmetic) {
            double left = evaluate(arithmetic.left(), table, row);
            double right = evaluate(arithmetic.right(), table, row);
            return switch (arithmetic.operator()) {
                case '+' -> left + right;
                case '-' -> left - right;
                case '*' -> left * right;
                default -> left / right;
            };
        }
        if (formula instanceof Formula.Extreme extreme) {
            double left = evaluate(extreme.left(), table, row);
            double right = evaluate(extreme.right(), table, row);
            return extreme.smallest() ? Math.min(left, right) : Math.max(left, right);
        }
        if (formula instanceof Formula.Rounded rounded) {
            return CelRules.round(evaluate(rounded.value(), table, row));
        }
        return -evaluate(((Formula.Negated) formula).value(), table, row);
    }
}
