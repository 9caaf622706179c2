package org.mingyuan.rules.match;

import java.util.List;
import java.util.Set;
import org.mingyuan.rules.clause.Formula;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.DoubleColumn;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.LongColumn;

/**
 * Where a range test reads its number: a decimal column, a whole-number or date column, or a decimal formula over
 * columns. Each row's number is a key, a {@code long} whose order is the numbers' order (for decimals, the order of
 * {@link Double#compare}: {@code -0.0} just below {@code 0.0}, NaN above infinity), so every comparison with a constant
 * is a range of keys ({@link KeyRange}).
 */
abstract sealed class NumericSource {

    /** Returns the facts the number is read from. */
    abstract Set<String> facts();

    /** Tells whether every fact the number is read from is present on the row. */
    abstract boolean present(int row);

    /** Tells whether the row has a number: its facts are present (a formula may then still be NaN). */
    abstract boolean has(int row);

    /** Returns the row's key; meaningful only when {@link #has} holds. */
    abstract long key(int row);

    /** Keeps, in place, the rows that have a number and writes their keys, in order; returns how many it kept. */
    int keys(int[] rows, int count, long[] keys) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            if (has(row)) {
                rows[kept] = row;
                keys[kept++] = key(row);
            }
        }
        return kept;
    }

    /** Keeps, in place, the rows that have a number whose key lies in {@code [low, high]}, or outside it. */
    int retain(int[] rows, int count, long low, long high, boolean outside) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            rows[kept] = row;
            if (has(row)) {
                long key = key(row);
                kept += (low <= key && key <= high) != outside ? 1 : 0;
            }
        }
        return kept;
    }

    /** Returns the key of a decimal number, in the order of {@link Double#compare}. */
    static long key(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** A decimal column; NaN marks a missing value. */
    static final class Decimals extends NumericSource {
        private final DoubleColumn column;

        Decimals(DoubleColumn column) {
            this.column = column;
        }

        @Override
        Set<String> facts() {
            return Set.of(column.fact().name());
        }

        @Override
        boolean present(int row) {
            return !Double.isNaN(column.get(row));
        }

        @Override
        boolean has(int row) {
            return present(row);
        }

        @Override
        long key(int row) {
            return key(column.get(row));
        }

        @Override
        int retain(int[] rows, int count, long low, long high, boolean outside) {
            double[] values = column.values();
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                double value = values[row];
                long key = key(value);
                rows[kept] = row;
                kept += value == value && ((low <= key && key <= high) != outside) ? 1 : 0;
            }
            return kept;
        }

        @Override
        int keys(int[] rows, int count, long[] keys) {
            double[] values = column.values();
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                double value = values[row];
                rows[kept] = row;
                keys[kept] = key(value);
                kept += value == value ? 1 : 0;
            }
            return kept;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decimals d && d.column == column;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(column);
        }
    }

    /** A whole-number or date column, its presence in a bit per row. */
    static final class Wholes extends NumericSource {
        private final LongColumn column;

        Wholes(LongColumn column) {
            this.column = column;
        }

        @Override
        Set<String> facts() {
            return Set.of(column.fact().name());
        }

        @Override
        boolean present(int row) {
            return column.isPresent(row);
        }

        @Override
        boolean has(int row) {
            return column.isPresent(row);
        }

        @Override
        long key(int row) {
            return column.get(row);
        }

        @Override
        int retain(int[] rows, int count, long low, long high, boolean outside) {
            long[] values = column.values();
            long[] present = column.presentBits();
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                long key = values[row];
                boolean known = (present[row >>> 6] & (1L << row)) != 0;
                rows[kept] = row;
                kept += known && ((low <= key && key <= high) != outside) ? 1 : 0;
            }
            return kept;
        }

        @Override
        int keys(int[] rows, int count, long[] keys) {
            long[] values = column.values();
            long[] present = column.presentBits();
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                rows[kept] = row;
                keys[kept] = values[row];
                kept += (present[row >>> 6] & (1L << row)) != 0 ? 1 : 0;
            }
            return kept;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Wholes w && w.column == column;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(column);
        }
    }

    /**
     * A decimal formula over columns ({@code rdSpend / revenue}); it may be NaN although its facts are present, and it
     * is NaN whenever one is missing (NaN passes through every step of a formula), so only a NaN asks for the facts.
     */
    static final class Computed extends NumericSource {
        private final Formula formula;
        private final Set<String> facts;
        private final List<Column> columns;
        private final FormulaKernel kernel;
        private final ThreadLocal<FormulaKernel> batchKernel;
        private final ThreadLocal<double[]> batchValues = ThreadLocal.withInitial(() -> new double[RowBatches.SIZE]);

        Computed(Formula formula, Set<String> facts, FactTable table) {
            this.formula = formula;
            this.facts = Set.copyOf(facts);
            this.columns = facts.stream().map(table::column).toList();
            this.kernel = FormulaKernel.of(formula, table);
            this.batchKernel = ThreadLocal.withInitial(() -> FormulaKernel.of(formula, table));
        }

        @Override
        Set<String> facts() {
            return facts;
        }

        @Override
        boolean present(int row) {
            for (Column column : columns) {
                if (!column.isPresent(row)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        boolean has(int row) {
            return present(row);
        }

        @Override
        long key(int row) {
            return key(kernel.at(row));
        }

        @Override
        int retain(int[] rows, int count, long low, long high, boolean outside) {
            double[] values = values(count);
            batchKernel.get().fill(rows, count, values);
            int kept = 0;
            for (int i = 0; i < count; i++) {
                double value = values[i];
                long key = key(value);
                int row = rows[i];
                rows[kept] = row;
                kept += ((low <= key && key <= high) != outside) && (value == value || present(row)) ? 1 : 0;
            }
            return kept;
        }

        @Override
        int keys(int[] rows, int count, long[] keys) {
            double[] values = values(count);
            batchKernel.get().fill(rows, count, values);
            int kept = 0;
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                double value = values[i];
                rows[kept] = row;
                keys[kept] = key(value);
                kept += value == value || present(row) ? 1 : 0;
            }
            return kept;
        }

        private double[] values(int count) {
            double[] values = batchValues.get();
            if (values.length < count) {
                values = new double[count];
                batchValues.set(values);
            }
            return values;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Computed c && c.formula.equals(formula) && c.columns.equals(columns);
        }

        @Override
        public int hashCode() {
            return formula.hashCode();
        }
    }
}
