package org.mingyuan.rules.clause;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mingyuan.rules.schema.FactSchema;

/**
 * Compiles clause drafts against a schema: parses and type-checks both expressions, refuses
 * those whose estimated cost exceeds the limit, and splits eligibility for the matcher.
 * Thread-safe.
 */
public final class ClauseCompiler {

    /** The default cost limit, far above any real clause (a few dozen steps). */
    public static final long DEFAULT_COST_LIMIT = 5_000;

    private final FactSchema schema;
    private final CelCompiler compiler;
    private final long costLimit;

    /** Creates a compiler with the default cost limit. */
    public ClauseCompiler(FactSchema schema) {
        this(schema, DEFAULT_COST_LIMIT);
    }

    /** Creates a compiler that refuses expressions estimated above {@code costLimit} steps. */
    public ClauseCompiler(FactSchema schema, long costLimit) {
        this.schema = schema;
        this.compiler = CelRules.compiler(schema);
        this.costLimit = costLimit;
    }

    /**
     * Compiles several drafts in parallel, into a list in the same order.
     *
     * @throws ClauseRejectedException for the first rejected draft in the list's order
     */
    public List<CompiledClause> compileAll(List<ClauseDraft> drafts) {
        Object[] results = new Object[drafts.size()];
        IntStream.range(0, drafts.size()).parallel().forEach(i -> {
            try {
                results[i] = compile(drafts.get(i));
            } catch (ClauseRejectedException e) {
                results[i] = e;
            }
        });
        List<CompiledClause> compiled = new ArrayList<>(results.length);
        for (Object result : results) {
            if (result instanceof ClauseRejectedException rejected) {
                throw rejected;
            }
            compiled.add((CompiledClause) result);
        }
        return compiled;
    }

    /**
     * Compiles a draft.
     *
     * @throws ClauseRejectedException with every error found, each naming its position
     */
    public CompiledClause compile(ClauseDraft draft) {
        List<ClauseError> errors = new ArrayList<>();
        Optional<CelAbstractSyntaxTree> eligibility =
                check(ClauseError.Part.ELIGIBILITY, draft.eligibility(), errors, SimpleType.BOOL, "a yes/no condition");
        Optional<CelAbstractSyntaxTree> amount =
                check(ClauseError.Part.AMOUNT, draft.amount(), errors, null, "an amount in CNY (a number)");
        if (draft.cap() != null && !(draft.cap() >= 0)) {
            errors.add(
                    new ClauseError(ClauseError.Part.CAP, 1, 1, "cap is " + draft.cap() + "; expected a number ≥ 0"));
        }
        if (draft.validFrom() != null
                && draft.validUntil() != null
                && !draft.validFrom().isBefore(draft.validUntil())) {
            errors.add(new ClauseError(
                    ClauseError.Part.VALIDITY,
                    1,
                    1,
                    "window [" + draft.validFrom() + ", " + draft.validUntil()
                            + ") is empty; expected the start before the end"));
        }
        Condition condition = eligibility
                .map(ast -> new ConditionSplitter(schema, ast, errors).split())
                .orElse(null);
        if (!errors.isEmpty()) {
            throw new ClauseRejectedException(draft.id(), errors);
        }
        CelAbstractSyntaxTree amountAst = amount.orElseThrow();
        CostEstimator estimator = new CostEstimator(schema);
        long cost = estimator.cost(eligibility.orElseThrow().getExpr()) + estimator.cost(amountAst.getExpr());
        return new CompiledClause(
                draft,
                eligibility.orElseThrow(),
                amountAst,
                condition,
                new FormulaReader(schema, amountAst).read(),
                cost);
    }

    private Optional<CelAbstractSyntaxTree> check(
            ClauseError.Part part, String text, List<ClauseError> errors, CelType wanted, String wantedWords) {
        CelAbstractSyntaxTree ast;
        try {
            ast = compiler.compile(text).getAst();
        } catch (CelValidationException e) {
            for (CelIssue issue : e.getErrors()) {
                errors.add(new ClauseError(
                        part,
                        Math.max(issue.getSourceLocation().getLine(), 1),
                        issue.getSourceLocation().getColumn() + 1,
                        CheckerMessages.plain(issue.getMessage(), schema)));
            }
            return Optional.empty();
        }
        CelType found = ast.getResultType();
        boolean fits =
                wanted != null ? wanted.equals(found) : SimpleType.INT.equals(found) || SimpleType.DOUBLE.equals(found);
        if (!fits) {
            errors.add(new ClauseError(
                    part,
                    1,
                    1,
                    "the expression gives " + CheckerMessages.typeWords(found.name()) + "; expected " + wantedWords));
            return Optional.empty();
        }
        long cost = new CostEstimator(schema).cost(ast.getExpr());
        if (cost > costLimit) {
            errors.add(new ClauseError(
                    part,
                    1,
                    1,
                    "estimated cost " + cost + " exceeds the limit " + costLimit
                            + "; expected a simpler expression (loops over sets and nested loops multiply the cost)"));
            return Optional.empty();
        }
        return Optional.of(ast);
    }
}
