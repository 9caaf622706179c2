package org.mingyuan.rules.synth;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.rules.clause.ClauseDraft;

/** A seeded source of synthetic clauses: the same seed gives the same clauses in the same order. */
public interface ClauseGenerator {

    /** Returns the next clause, with the given id. */
    ClauseDraft clause(String id);

    /** Returns the next {@code count} clauses, with ids {@code C0 … C(count-1)}. */
    default List<ClauseDraft> clauses(int count) {
        List<ClauseDraft> clauses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            clauses.add(clause("C" + i));
        }
        return clauses;
    }
}
