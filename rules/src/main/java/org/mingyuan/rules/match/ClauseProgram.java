package org.mingyuan.rules.match;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.OptionalDouble;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.table.FactTable;

/**
 * A compiled clause made runnable for one evaluation date: its condition as a row program and
 * its amount as a formula or a CEL program.
 */
final class ClauseProgram {

    private final CompiledClause clause;
    private final RowNode root;
    private final CelRuntime.Program amount;
    private final boolean validNow;
    private final boolean needsRows;

    ClauseProgram(CompiledClause clause, TestIndex tests, CelRuntime runtime, boolean validNow) {
        this.clause = clause;
        this.validNow = validNow;
        try {
            this.root = RowNode.of(clause.condition(), tests, runtime);
            this.amount = runtime.createProgram(clause.amount());
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("clause " + clause.id() + " compiled but cannot run", e);
        }
        this.needsRows = root.needsRows();
    }

    CompiledClause clause() {
        return clause;
    }

    RowNode root() {
        return root;
    }

    /** Tells whether the clause applies on the evaluation date. */
    boolean validNow() {
        return validNow;
    }

    /** Tells whether some part of the condition is evaluated row by row rather than by bitmaps. */
    boolean needsRows() {
        return needsRows;
    }

    /** Tells whether the enterprise in the context's row is eligible. */
    boolean eligible(RowContext context) {
        return validNow && root.eval(context) == Truth.TRUE;
    }

    /** Returns the amount for an eligible row, empty when a fact it needs is missing. */
    OptionalDouble amount(FactTable table, int row) {
        double raw = clause.formula().isPresent()
                ? FormulaEvaluator.evaluate(clause.formula().get(), table, row)
                : celAmount(table, row);
        return Amounts.finish(raw, clause.draft().cap());
    }

    private double celAmount(FactTable table, int row) {
        try {
            return Amounts.number(amount.eval(new RowValues(table, row)));
        } catch (CelEvaluationException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
