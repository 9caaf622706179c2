package org.mingyuan.rules.match;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.FactTable;

/**
 * A compiled clause made runnable for one evaluation date: its residual and amount programs and
 * the row-by-row evaluation of its condition.
 */
final class ClauseProgram {

    private final CompiledClause clause;
    private final Map<Condition.Residual, CelRuntime.Program> residuals = new IdentityHashMap<>();
    private final CelRuntime.Program amount;
    private final boolean validNow;

    ClauseProgram(CompiledClause clause, CelRuntime runtime, boolean validNow) {
        this.clause = clause;
        this.validNow = validNow;
        try {
            collect(clause.condition(), runtime);
            this.amount = runtime.createProgram(clause.amount());
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("clause " + clause.id() + " compiled but cannot run", e);
        }
    }

    private void collect(Condition condition, CelRuntime runtime) throws CelEvaluationException {
        if (condition instanceof Condition.Residual residual) {
            residuals.put(residual, runtime.createProgram(residual.ast()));
        } else if (condition instanceof Condition.All all) {
            for (Condition part : all.parts()) {
                collect(part, runtime);
            }
        } else if (condition instanceof Condition.Any any) {
            for (Condition part : any.parts()) {
                collect(part, runtime);
            }
        } else if (condition instanceof Condition.Not not) {
            collect(not.part(), runtime);
        }
    }

    CompiledClause clause() {
        return clause;
    }

    /** Tells whether the clause applies on the evaluation date. */
    boolean validNow() {
        return validNow;
    }

    /** Tells whether some part of the condition needs CEL row by row. */
    boolean hasResiduals() {
        return !residuals.isEmpty();
    }

    /** Tells whether the enterprise in the row is eligible. */
    boolean eligible(TestIndex tests, FactTable table, int row) {
        return validNow && truth(clause.condition(), tests, table, row) == Truth.TRUE;
    }

    /** Evaluates a part of the condition on one row. */
    Truth truth(Condition condition, TestIndex tests, FactTable table, int row) {
        if (condition instanceof Test test) {
            return tests.truth(test, row);
        }
        if (condition instanceof Condition.All all) {
            Truth result = Truth.TRUE;
            for (Condition part : all.parts()) {
                result = result.and(truth(part, tests, table, row));
                if (result == Truth.FALSE) {
                    return result;
                }
            }
            return result;
        }
        if (condition instanceof Condition.Any any) {
            Truth result = Truth.FALSE;
            for (Condition part : any.parts()) {
                result = result.or(truth(part, tests, table, row));
                if (result == Truth.TRUE) {
                    return result;
                }
            }
            return result;
        }
        if (condition instanceof Condition.Not not) {
            return truth(not.part(), tests, table, row).not();
        }
        if (condition instanceof Condition.Constant constant) {
            return Truth.of(constant.value());
        }
        return residual((Condition.Residual) condition, table, row);
    }

    private Truth residual(Condition.Residual residual, FactTable table, int row) {
        try {
            Object result = residuals.get(residual).eval(new RowValues(table, row));
            return result instanceof Boolean value ? Truth.of(value) : Truth.UNKNOWN;
        } catch (CelEvaluationException | RuntimeException e) {
            return Truth.UNKNOWN;
        }
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
