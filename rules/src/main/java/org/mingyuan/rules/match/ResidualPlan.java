package org.mingyuan.rules.match;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Set;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.table.FactTable;

/** A sub-expression only CEL can evaluate, run on each row it is asked about; an error is unknown. */
final class ResidualPlan extends Plan {

    private final FactTable table;
    private final CelRuntime.Program program;
    private final Set<String> facts;

    ResidualPlan(Condition.Residual condition, FactTable table, CelRuntime.Program program) {
        super(condition);
        this.table = table;
        this.program = program;
        this.facts = condition.facts();
    }

    @Override
    Set<String> facts() {
        return facts;
    }

    @Override
    int cost() {
        return 100;
    }

    @Override
    boolean isTrue(int row) {
        return Boolean.TRUE.equals(eval(row));
    }

    @Override
    boolean isFalse(int row) {
        return Boolean.FALSE.equals(eval(row));
    }

    private Object eval(int row) {
        try {
            return program.eval(new RowValues(table, row));
        } catch (CelEvaluationException | RuntimeException e) {
            return null;
        }
    }
}
