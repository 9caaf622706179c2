package org.mingyuan.rules.match;

import java.util.Arrays;
import org.mingyuan.rules.clause.CelRules;
import org.mingyuan.rules.clause.Formula;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.DoubleColumn;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.LongColumn;

/**
 * A formula computed straight from the columns, one row at a time ({@link #at}) or as column arithmetic over a batch
 * of rows ({@link #fill}); a missing fact gives NaN. A kernel holds scratch arrays for its batches: use one per
 * thread.
 */
abstract class FormulaKernel {

    /** Compiles the formula against the table's columns. */
    static FormulaKernel of(Formula formula, FactTable table) {
        if (formula instanceof Formula.Constant constant) {
            return new Constant(constant.value());
        }
        if (formula instanceof Formula.FactValue fact) {
            Column column = table.column(fact.fact());
            return column instanceof DoubleColumn decimals ? new Decimals(decimals) : new Wholes((LongColumn) column);
        }
        if (formula instanceof Formula.Arithmetic arithmetic) {
            return new Binary(arithmetic.operator(), of(arithmetic.left(), table), of(arithmetic.right(), table));
        }
        if (formula instanceof Formula.Extreme extreme) {
            return new Binary(extreme.smallest() ? 'm' : 'M', of(extreme.left(), table), of(extreme.right(), table));
        }
        if (formula instanceof Formula.Rounded rounded) {
            return new Unary(true, of(rounded.value(), table));
        }
        return new Unary(false, of(((Formula.Negated) formula).value(), table));
    }

    /** Returns the formula's value on one row. */
    abstract double at(int row);

    /** Writes the formula's value on {@code rows[i]} to {@code out[i]} for the first {@code count} rows. */
    abstract void fill(int[] rows, int count, double[] out);

    /** Applies a binary operator: {@code + - * /}, {@code m} for min and {@code M} for max. */
    static double apply(char operator, double left, double right) {
        return switch (operator) {
            case '+' -> left + right;
            case '-' -> left - right;
            case '*' -> left * right;
            case '/' -> left / right;
            case 'm' -> Math.min(left, right);
            default -> Math.max(left, right);
        };
    }

    private static final class Constant extends FormulaKernel {
        private final double value;

        Constant(double value) {
            this.value = value;
        }

        @Override
        double at(int row) {
            return value;
        }

        @Override
        void fill(int[] rows, int count, double[] out) {
            Arrays.fill(out, 0, count, value);
        }
    }

    private static final class Decimals extends FormulaKernel {
        private final DoubleColumn column;

        Decimals(DoubleColumn column) {
            this.column = column;
        }

        @Override
        double at(int row) {
            return column.get(row);
        }

        @Override
        void fill(int[] rows, int count, double[] out) {
            double[] values = column.values();
            for (int i = 0; i < count; i++) {
                out[i] = values[rows[i]];
            }
        }
    }

    private static final class Wholes extends FormulaKernel {
        private final LongColumn column;

        Wholes(LongColumn column) {
            this.column = column;
        }

        @Override
        double at(int row) {
            return column.isPresent(row) ? (double) column.get(row) : Double.NaN;
        }

        @Override
        void fill(int[] rows, int count, double[] out) {
            long[] values = column.values();
            long[] present = column.presentBits();
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                out[i] = (present[row >>> 6] & (1L << row)) != 0 ? (double) values[row] : Double.NaN;
            }
        }
    }

    private static final class Binary extends FormulaKernel {
        private final char operator;
        private final FormulaKernel left;
        private final FormulaKernel right;
        private double[] scratch = new double[0];

        Binary(char operator, FormulaKernel left, FormulaKernel right) {
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        double at(int row) {
            return apply(operator, left.at(row), right.at(row));
        }

        @Override
        void fill(int[] rows, int count, double[] out) {
            if (scratch.length < count) {
                scratch = new double[Math.max(count, RowBatches.SIZE)];
            }
            double[] other = scratch;
            left.fill(rows, count, out);
            right.fill(rows, count, other);
            switch (operator) {
                case '+' -> {
                    for (int i = 0; i < count; i++) {
                        out[i] += other[i];
                    }
                }
                case '-' -> {
                    for (int i = 0; i < count; i++) {
                        out[i] -= other[i];
                    }
                }
                case '*' -> {
                    for (int i = 0; i < count; i++) {
                        out[i] *= other[i];
                    }
                }
                default -> {
                    for (int i = 0; i < count; i++) {
                        out[i] = apply(operator, out[i], other[i]);
                    }
                }
            }
        }
    }

    private static final class Unary extends FormulaKernel {
        private final boolean rounded;
        private final FormulaKernel value;

        Unary(boolean rounded, FormulaKernel value) {
            this.rounded = rounded;
            this.value = value;
        }

        @Override
        double at(int row) {
            double v = value.at(row);
            return rounded ? CelRules.round(v) : -v;
        }

        @Override
        void fill(int[] rows, int count, double[] out) {
            value.fill(rows, count, out);
            for (int i = 0; i < count; i++) {
                out[i] = rounded ? CelRules.round(out[i]) : -out[i];
            }
        }
    }
}
