package org.mingyuan.rules.match;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.List;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Test;

/**
 * A part of a clause's condition compiled for evaluation one row at a time: tests by interned
 * id, residual parts by their CEL program, computed comparisons from the columns.
 *
 * @param condition the part it evaluates
 * @param children its parts, for and, or and not
 * @param testId the interned id of a test, or -1
 * @param program the CEL program of a residual part, or null
 */
record RowNode(Condition condition, List<RowNode> children, int testId, CelRuntime.Program program) {

    /** Evaluates the part on the context's row. */
    Truth eval(RowContext context) {
        if (testId >= 0) {
            return context.test(testId);
        }
        if (condition instanceof Condition.All) {
            Truth result = Truth.TRUE;
            for (RowNode child : children) {
                result = result.and(child.eval(context));
                if (result == Truth.FALSE) {
                    return result;
                }
            }
            return result;
        }
        if (condition instanceof Condition.Any) {
            Truth result = Truth.FALSE;
            for (RowNode child : children) {
                result = result.or(child.eval(context));
                if (result == Truth.TRUE) {
                    return result;
                }
            }
            return result;
        }
        if (condition instanceof Condition.Not) {
            return children.get(0).eval(context).not();
        }
        if (condition instanceof Condition.Constant constant) {
            return Truth.of(constant.value());
        }
        return residual(context);
    }

    private Truth residual(RowContext context) {
        try {
            Object result = program.eval(new RowValues(context.table(), context.row()));
            return result instanceof Boolean value ? Truth.of(value) : Truth.UNKNOWN;
        } catch (CelEvaluationException | RuntimeException e) {
            return Truth.UNKNOWN;
        }
    }

    /** Compiles a condition, interning its tests. */
    static RowNode of(Condition condition, TestIndex tests, CelRuntime runtime) throws CelEvaluationException {
        if (condition instanceof Test test) {
            return new RowNode(condition, List.of(), tests.intern(test), null);
        }
        if (condition instanceof Condition.Residual residual) {
            return new RowNode(condition, List.of(), -1, runtime.createProgram(residual.ast()));
        }
        List<Condition> parts = condition instanceof Condition.All all
                ? all.parts()
                : condition instanceof Condition.Any any
                        ? any.parts()
                        : condition instanceof Condition.Not not ? List.of(not.part()) : List.of();
        RowNode[] children = new RowNode[parts.size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = of(parts.get(i), tests, runtime);
        }
        return new RowNode(condition, List.of(children), -1, null);
    }

    /** Tells whether evaluating this part may need more than the test bitmaps. */
    boolean needsRows() {
        return condition instanceof Condition.Residual || children.stream().anyMatch(RowNode::needsRows);
    }
}
