package org.mingyuan.rules.match;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.mingyuan.rules.clause.CelRules;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.table.FactTable;

/**
 * The slow twin of the matcher: evaluates one clause on one enterprise with plain compiled CEL.
 * A missing fact is left out of the activation, so CEL treats it as unknown and only a result of
 * exactly {@code true} makes the enterprise eligible, the same semantics as the matcher.
 */
public final class CelBaseline {

    private final CelRuntime runtime;
    private final LocalDate evaluationDate;

    /** Creates a baseline evaluating dates against the evaluation date. */
    public CelBaseline(LocalDate evaluationDate) {
        this.runtime = CelRules.runtime(evaluationDate);
        this.evaluationDate = evaluationDate;
    }

    /** A clause made runnable by plain CEL. */
    public final class Prepared {

        private final CompiledClause clause;
        private final CelRuntime.Program eligibility;
        private final CelRuntime.Program amount;

        private Prepared(CompiledClause clause) throws CelEvaluationException {
            this.clause = clause;
            this.eligibility = runtime.createProgram(clause.eligibility());
            this.amount = runtime.createProgram(clause.amount());
        }

        /** Tells whether an enterprise with these facts (CEL form, missing left out) is eligible. */
        public boolean eligible(Map<String, Object> facts) {
            if (!clause.draft().isValidOn(evaluationDate)) {
                return false;
            }
            try {
                return Boolean.TRUE.equals(eligibility.eval(facts));
            } catch (CelEvaluationException | RuntimeException e) {
                return false;
            }
        }

        /** Returns the capped amount for an eligible enterprise, empty when it cannot be computed. */
        public OptionalDouble amount(Map<String, Object> facts) {
            try {
                return Amounts.finish(
                        Amounts.number(amount.eval(facts)), clause.draft().cap());
            } catch (CelEvaluationException | RuntimeException e) {
                return OptionalDouble.empty();
            }
        }
    }

    /** Compiles the clause's expressions into CEL programs. */
    public Prepared prepare(CompiledClause clause) {
        try {
            return new Prepared(clause);
        } catch (CelEvaluationException e) {
            throw new IllegalStateException("clause " + clause.id() + " cannot run", e);
        }
    }

    /** Returns a row's facts in CEL form, missing facts left out. */
    public static Map<String, Object> facts(FactTable table, int row) {
        Map<String, Object> facts = new HashMap<>();
        for (Fact fact : table.schema().facts()) {
            Object value = table.column(fact.name()).celValue(row);
            if (value != null) {
                facts.put(fact.name(), value);
            }
        }
        return facts;
    }
}
