package org.mingyuan.rules.clause;

import dev.cel.common.CelAbstractSyntaxTree;
import java.util.List;
import java.util.Set;

/**
 * An eligibility expression split into parts: indexable tests joined by and, or and not, and
 * residual sub-expressions that only CEL can evaluate.
 */
public sealed interface Condition
        permits Condition.All, Condition.Any, Condition.Not, Condition.Constant, Condition.Residual, Test {

    /** All parts must hold ({@code &&}). */
    record All(List<Condition> parts) implements Condition {}

    /** At least one part must hold ({@code ||}). */
    record Any(List<Condition> parts) implements Condition {}

    /** The part must not hold ({@code !}). */
    record Not(Condition part) implements Condition {}

    /** A literal {@code true} or {@code false}. */
    record Constant(boolean value) implements Condition {}

    /**
     * A sub-expression evaluated by CEL, row by row.
     *
     * @param source the expression text
     * @param ast the checked sub-expression
     * @param facts the facts it reads
     */
    record Residual(String source, CelAbstractSyntaxTree ast, Set<String> facts) implements Condition {}
}
