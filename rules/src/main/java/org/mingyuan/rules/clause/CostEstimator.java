package org.mingyuan.rules.clause;

import dev.cel.common.ast.CelExpr;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.FactType;

/**
 * Estimates an upper bound of the steps one evaluation of an expression takes: one per node,
 * list membership by list size, loops by the most elements their range can hold, regular
 * expressions at a fixed premium.
 */
final class CostEstimator {

    /** The size assumed for a list whose length cannot be bounded from the schema. */
    private static final long UNBOUNDED_LIST = 1_000;

    private static final long PATTERN_COST = 100;

    private final FactSchema schema;

    CostEstimator(FactSchema schema) {
        this.schema = schema;
    }

    long cost(CelExpr expr) {
        return switch (expr.getKind()) {
            case SELECT -> add(1, cost(expr.select().operand()));
            case LIST -> expr.list().elements().stream().mapToLong(this::cost).reduce(1, CostEstimator::add);
            case MAP ->
                expr.map().entries().stream()
                        .mapToLong(e -> add(cost(e.key()), cost(e.value())))
                        .reduce(1, CostEstimator::add);
            case CALL -> call(expr);
            case COMPREHENSION -> loop(expr.comprehension());
            default -> 1;
        };
    }

    private long call(CelExpr expr) {
        var call = expr.call();
        long cost = add(1, call.target().map(this::cost).orElse(0L));
        for (CelExpr arg : call.args()) {
            cost = add(cost, cost(arg));
        }
        return switch (call.function()) {
            case "@in" -> add(cost, size(call.args().get(1)));
            case "matches", "contains", "startsWith", "endsWith" -> add(cost, PATTERN_COST);
            default -> cost;
        };
    }

    private long loop(CelExpr.CelComprehension loop) {
        long body = add(cost(loop.loopCondition()), cost(loop.loopStep()));
        long cost = add(cost(loop.iterRange()), cost(loop.accuInit()));
        return add(add(cost, multiply(size(loop.iterRange()), body)), cost(loop.result()));
    }

    private long size(CelExpr expr) {
        return switch (expr.getKind()) {
            case LIST -> expr.list().elements().size();
            case IDENT ->
                schema.find(expr.ident().name())
                        .filter(f -> f.type() == FactType.TEXT_SET)
                        .map(f -> (long) f.maxSize())
                        .orElse(UNBOUNDED_LIST);
            case COMPREHENSION -> size(expr.comprehension().iterRange());
            default -> UNBOUNDED_LIST;
        };
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
