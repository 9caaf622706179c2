package org.mingyuan.rules.match;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Formula;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/**
 * A compiled clause made runnable for one evaluation date and one table: its condition as a {@link Plan} over shared
 * tests, its amount as column arithmetic or, when it is not, a CEL program. {@link #release()} gives the tests back.
 */
final class ClauseProgram {

    private final CompiledClause clause;
    private final FactTable table;
    private final TestCatalog tests;
    private final List<TestPlan> plans = new ArrayList<>();
    private final Plan root;
    private final CelRuntime.Program celAmount;
    private final FormulaKernel rowAmount;
    private final boolean validNow;

    ClauseProgram(CompiledClause clause, FactTable table, TestCatalog tests, CelRuntime runtime, boolean validNow) {
        this.clause = clause;
        this.table = table;
        this.tests = tests;
        this.validNow = validNow;
        try {
            this.root = plan(clause.condition(), runtime);
            this.celAmount = clause.formula().isPresent() ? null : runtime.createProgram(clause.amount());
            this.rowAmount = clause.formula()
                    .map(formula -> FormulaKernel.of(formula, table))
                    .orElse(null);
        } catch (CelEvaluationException | RuntimeException e) {
            release();
            throw new IllegalStateException("clause " + clause.id() + " compiled but cannot run", e);
        }
    }

    private Plan plan(Condition condition, CelRuntime runtime) throws CelEvaluationException {
        if (condition instanceof Test test) {
            TestPlan plan = tests.acquire(test);
            plans.add(plan);
            return plan;
        }
        if (condition instanceof Condition.All all) {
            return new AllPlan(all, plans(all.parts(), runtime));
        }
        if (condition instanceof Condition.Any any) {
            return new AnyPlan(any, plans(any.parts(), runtime));
        }
        if (condition instanceof Condition.Not not) {
            return new NotPlan(not, plan(not.part(), runtime));
        }
        if (condition instanceof Condition.Constant constant) {
            return new ConstantPlan(constant, table);
        }
        Condition.Residual residual = (Condition.Residual) condition;
        return new ResidualPlan(residual, table, runtime.createProgram(residual.ast()));
    }

    private List<Plan> plans(List<Condition> parts, CelRuntime runtime) throws CelEvaluationException {
        List<Plan> plans = new ArrayList<>(parts.size());
        for (Condition part : parts) {
            plans.add(plan(part, runtime));
        }
        return plans;
    }

    /** Returns the compiled tests the condition holds. */
    List<TestPlan> tests() {
        return plans;
    }

    /** Gives back the shared tests; call once, when the program is no longer used. */
    void release() {
        plans.forEach(plan -> tests.release((Test) plan.condition()));
        plans.clear();
    }

    CompiledClause clause() {
        return clause;
    }

    Plan root() {
        return root;
    }

    /** Tells whether the clause applies on the evaluation date. */
    boolean validNow() {
        return validNow;
    }

    /** Returns the rows of the live enterprises eligible for the clause. */
    RoaringBitmap eligibleRows() {
        return validNow ? root.trueIn(table.live()) : new RoaringBitmap();
    }

    /** Tells whether the enterprise in the row is eligible. */
    boolean eligible(int row) {
        return table.live().contains(row) && holds(row);
    }

    /** Tells whether the clause holds on the row's facts, the row taken to be live. */
    boolean holds(int row) {
        return validNow && root.isTrue(row);
    }

    /** Returns the amount formula, when the amount is column arithmetic. */
    Optional<Formula> formula() {
        return clause.formula();
    }

    /** Returns the cap, or null. */
    Double cap() {
        return clause.draft().cap();
    }

    /** Returns the amount for an eligible row, empty when a fact it needs is missing. */
    OptionalDouble amount(int row) {
        return Amounts.finish(rawAmount(row), cap());
    }

    /** Returns the amount before the cap and the floor at zero, NaN when it cannot be computed. */
    double rawAmount(int row) {
        if (rowAmount != null) {
            return rowAmount.at(row);
        }
        try {
            return Amounts.number(celAmount.eval(new RowValues(table, row)));
        } catch (CelEvaluationException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
