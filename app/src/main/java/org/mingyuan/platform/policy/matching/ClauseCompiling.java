package org.mingyuan.platform.policy.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.ClauseRejectedException;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Compiles clause versions against a copy's schema, all in one parallel pass. A published version that no longer
 * compiles (a fact it reads was taken out of the schema) is left out and logged, never allowed to stop the rest.
 */
@Component
class ClauseCompiling {

    private static final Logger log = LoggerFactory.getLogger(ClauseCompiling.class);

    /** The versions compiled under their clause ids, in the order given, without those that do not compile. */
    List<RegistryCopy.Registered> compile(RegistryCopy copy, List<ClauseVersion> versions) {
        List<ClauseDraft> drafts =
                versions.stream().map(v -> draft(v, v.clauseId())).toList();
        List<CompiledClause> compiled;
        try {
            compiled = copy.compiler.compileAll(drafts);
        } catch (ClauseRejectedException rejected) {
            compiled = new ArrayList<>();
            for (ClauseDraft draft : drafts) {
                try {
                    compiled.add(copy.compiler.compile(draft));
                } catch (ClauseRejectedException one) {
                    log.warn("Clause {} no longer compiles and is not matched: {}", draft.id(), one.getMessage());
                    compiled.add(null);
                }
            }
        }
        List<RegistryCopy.Registered> registered = new ArrayList<>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            CompiledClause clause = compiled.get(i);
            if (clause != null) {
                registered.add(new RegistryCopy.Registered(versions.get(i), clause, reads(clause.condition())));
            }
        }
        return registered;
    }

    /** The rules draft of a clause version under {@code id} (its clause id, or a simulation's private one). */
    static ClauseDraft draft(ClauseVersion version, String id) {
        return new ClauseDraft(
                id,
                version.eligibility(),
                version.amount(),
                version.cap() == null ? null : version.cap().doubleValue(),
                version.validFrom(),
                version.validUntil());
    }

    /** The facts a condition reads. */
    static Set<String> reads(Condition condition) {
        Set<String> facts = new LinkedHashSet<>();
        collect(condition, facts);
        return Set.copyOf(facts);
    }

    private static void collect(Condition condition, Set<String> facts) {
        if (condition instanceof Test test) {
            facts.addAll(test.facts());
        } else if (condition instanceof Condition.All all) {
            all.parts().forEach(part -> collect(part, facts));
        } else if (condition instanceof Condition.Any any) {
            any.parts().forEach(part -> collect(part, facts));
        } else if (condition instanceof Condition.Not not) {
            collect(not.part(), facts);
        } else if (condition instanceof Condition.Residual residual) {
            facts.addAll(residual.facts());
        }
    }
}
