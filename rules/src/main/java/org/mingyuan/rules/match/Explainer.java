package org.mingyuan.rules.match;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.mingyuan.rules.clause.CelRules;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.LongColumn;

/**
 * Explains, for one enterprise and one clause, each condition with the required value, the
 * enterprise's value and the outcome. A {@code !} is pushed down to the tests it covers, so every
 * line states a positive requirement ("must not include").
 */
public final class Explainer {

    private final Matcher matcher;
    private final Wording wording;

    /** Creates an explainer over the matcher's table and clauses. */
    public Explainer(Matcher matcher) {
        this(matcher, ValueLabels.NONE);
    }

    /** Creates it over the matcher's table and clauses, naming the codes of enumeration and set facts by {@code labels}. */
    public Explainer(Matcher matcher, ValueLabels labels) {
        this.matcher = matcher;
        this.wording = new Wording(matcher.table().schema(), labels);
    }

    /** Explains a registered clause for an enterprise. */
    public Explanation explain(String enterpriseKey, String clauseId) {
        return matcher.read(() -> {
            ClauseProgram program = matcher.program(clauseId);
            int row = matcher.rowOf(enterpriseKey);
            List<Check> checks = new ArrayList<>();
            ClauseDraft draft = program.clause().draft();
            if (!program.validNow()) {
                checks.add(new Check(
                        0,
                        Check.Outcome.FAIL,
                        "政策有效期为 " + window(draft) + "，评估日期 " + matcher.evaluationDate() + " 不在其内",
                        "the clause applies " + window(draft) + "; the evaluation date " + matcher.evaluationDate()
                                + " lies outside"));
            }
            Plan root = program.root();
            if (root.condition() instanceof Condition.All) {
                root.children().forEach(part -> explain(part, false, 0, row, checks));
            } else {
                explain(root, false, 0, row, checks);
            }
            boolean eligible = program.eligible(row);
            OptionalDouble amount = eligible ? program.amount(row) : OptionalDouble.empty();
            return new Explanation(enterpriseKey, clauseId, eligible, amount, List.copyOf(checks));
        });
    }

    /**
     * How many top-level conditions of a registered clause the enterprise does not meet (failed, or a fact missing),
     * a validity window that excludes the evaluation date counting as one: the lines at depth 0 of {@link
     * #explain} that do not pass, counted without wording them. Cheap enough to rank every clause an enterprise
     * misses before explaining only the nearest.
     */
    public int unmet(String enterpriseKey, String clauseId) {
        return matcher.read(() -> {
            ClauseProgram program = matcher.program(clauseId);
            int row = matcher.rowOf(enterpriseKey);
            int unmet = program.validNow() ? 0 : 1;
            Plan root = program.root();
            List<Plan> parts = root.condition() instanceof Condition.All ? root.children() : List.of(root);
            for (Plan part : parts) {
                if (Check.of(part.truth(row)) != Check.Outcome.PASS) {
                    unmet++;
                }
            }
            return unmet;
        });
    }

    private void explain(Plan node, boolean negated, int depth, int row, List<Check> checks) {
        Condition condition = node.condition();
        Truth truth = node.truth(row);
        Check.Outcome outcome = Check.of(negated ? truth.not() : truth);
        if (condition instanceof Condition.Not) {
            explain(node.children().get(0), !negated, depth, row, checks);
        } else if (condition instanceof Condition.All || condition instanceof Condition.Any) {
            boolean everyPart = (condition instanceof Condition.All) != negated;
            int size = node.children().size();
            checks.add(line(
                    depth,
                    outcome,
                    everyPart
                            ? new Wording.Text("需同时满足以下 " + size + " 项", "all of the following " + size)
                            : new Wording.Text("需满足以下任一项", "any one of the following")));
            node.children().forEach(part -> explain(part, negated, depth + 1, row, checks));
        } else if (condition instanceof Test.Computed computed) {
            checks.add(line(depth, outcome, expression(computed.source(), computed.facts(), negated, row)));
        } else if (condition instanceof Test test) {
            checks.add(line(depth, outcome, wording.requirement(test, negated).then(current(test, row))));
        } else if (condition instanceof Condition.Residual residual) {
            checks.add(line(depth, outcome, expression(residual.source(), residual.facts(), negated, row)));
        } else {
            boolean holds = ((Condition.Constant) condition).value() != negated;
            checks.add(
                    line(depth, outcome, new Wording.Text(holds ? "恒成立" : "恒不成立", holds ? "always met" : "never met")));
        }
    }

    private Wording.Text expression(String source, Set<String> facts, boolean negated, int row) {
        Wording.Text requirement = new Wording.Text(
                (negated ? "不得满足 " : "需满足 ") + source, (negated ? "must not satisfy " : "must satisfy ") + source);
        return requirement.then(wording.values(matcher.table(), List.copyOf(facts), row));
    }

    private Wording.Text current(Test test, int row) {
        FactTable table = matcher.table();
        if (test instanceof Test.YearsSince && table.column(test.fact()).isPresent(row)) {
            long day = ((LongColumn) table.column(test.fact())).get(row);
            return wording.currentYears(table, test.fact(), row, CelRules.yearsSince(day, matcher.evaluationDate()));
        }
        return wording.current(table, test.fact(), row);
    }

    private static Check line(int depth, Check.Outcome outcome, Wording.Text text) {
        return new Check(depth, outcome, text.zh(), text.en());
    }

    private static String window(ClauseDraft draft) {
        return "[" + (draft.validFrom() == null ? "…" : draft.validFrom()) + ", "
                + (draft.validUntil() == null ? "…" : draft.validUntil()) + ")";
    }
}
