package org.mingyuan.rules.clause;

import dev.cel.common.CelAbstractSyntaxTree;
import java.util.Optional;

/**
 * A clause whose expressions compiled and type-checked against the schema.
 *
 * @param draft the text it was compiled from
 * @param eligibility the checked eligibility expression
 * @param amount the checked amount expression
 * @param condition the eligibility expression split for the matcher
 * @param formula the amount as column arithmetic, when it can be computed without CEL
 * @param cost the estimated cost of evaluating both expressions once
 */
public record CompiledClause(
        ClauseDraft draft,
        CelAbstractSyntaxTree eligibility,
        CelAbstractSyntaxTree amount,
        Condition condition,
        Optional<Formula> formula,
        long cost) {

    /** Returns the clause id. */
    public String id() {
        return draft.id();
    }
}
