package org.mingyuan.rules.match;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.mingyuan.rules.clause.Formula;
import org.mingyuan.rules.schema.FactType;
import org.mingyuan.rules.table.CodeColumn;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/**
 * Adds up a clause's eligible enterprises and their amounts as column arithmetic: a constant amount is the count
 * times the amount, a formula amount is computed over batches of rows from the formula's columns, and only an amount
 * CEL alone can compute is evaluated row by row. Optionally grouped by the values of an enumeration fact.
 */
final class ClauseTotals {

    private final FactTable table;

    ClauseTotals(FactTable table) {
        this.table = table;
    }

    /** Returns count and amount over all the rows. */
    Totals total(ClauseProgram program, RoaringBitmap rows) {
        Formula formula = program.formula().orElse(null);
        if (formula instanceof Formula.Constant constant) {
            return constant(rows.getLongCardinality(), constant.value(), program.cap());
        }
        Sums sums = new Sums(1);
        add(program, rows, null, sums);
        return sums.totals(0);
    }

    /** Returns count and amount over the rows, grouped by the values of an enumeration fact ("" for missing). */
    Map<String, Totals> totalsBy(ClauseProgram program, RoaringBitmap rows, String fact) {
        CodeColumn column = enumeration(fact);
        Sums sums = new Sums(column.distinctValues() + 1);
        add(program, rows, column.codes(), sums);
        Map<String, Totals> totals = new TreeMap<>();
        for (int slot = 0; slot < sums.counts.length; slot++) {
            if (sums.counts[slot] > 0) {
                totals.put(slot == 0 ? "" : column.value(slot - 1), sums.totals(slot));
            }
        }
        return totals;
    }

    /** Returns the column of an enumeration fact, or refuses another fact. */
    CodeColumn enumeration(String fact) {
        Column column = table.column(fact);
        if (column.fact().type() != FactType.ENUMERATION || !(column instanceof CodeColumn codes)) {
            throw new IllegalArgumentException("fact " + fact + " is not an enumeration");
        }
        return codes;
    }

    private static Totals constant(long count, double value, Double cap) {
        OptionalDouble amount = Amounts.finish(value, cap);
        return amount.isPresent() ? new Totals(count, count * amount.getAsDouble(), 0) : new Totals(count, 0, count);
    }

    /** Adds the rows' amounts to the sums, in slot {@code codes[row] + 1} or, without codes, slot 0. */
    private void add(ClauseProgram program, RoaringBitmap rows, int[] codes, Sums sums) {
        Double cap = program.cap();
        Formula formula = program.formula().orElse(null);
        FormulaKernel kernel = formula == null ? null : FormulaKernel.of(formula, table);
        double[] amounts = new double[RowBatches.SIZE];
        RowBatches.forEach(rows, (batch, count) -> {
            if (kernel != null) {
                kernel.fill(batch, count, amounts);
            } else {
                for (int i = 0; i < count; i++) {
                    amounts[i] = program.rawAmount(batch[i]);
                }
            }
            for (int i = 0; i < count; i++) {
                sums.add(codes == null ? 0 : codes[batch[i]] + 1, amounts[i], cap);
            }
        });
    }

    /** Count, amount and unknown amounts per slot. */
    private static final class Sums {
        final long[] counts;
        final double[] amounts;
        final long[] unknown;

        Sums(int slots) {
            counts = new long[slots];
            amounts = new double[slots];
            unknown = new long[slots];
        }

        void add(int slot, double raw, Double cap) {
            counts[slot]++;
            double amount = Amounts.paid(raw, cap);
            if (Double.isNaN(amount)) {
                unknown[slot]++;
            } else {
                amounts[slot] += amount;
            }
        }

        Totals totals(int slot) {
            return new Totals(counts[slot], amounts[slot], unknown[slot]);
        }
    }
}
