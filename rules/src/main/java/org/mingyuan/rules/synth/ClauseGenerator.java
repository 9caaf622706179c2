package org.mingyuan.rules.synth;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.rules.clause.ClauseDraft;

/** A seeded source of synthetic clauses: the same seed gives the same clauses in the same order. */
public interface ClauseGenerator {

    /** Returns the next clause, with the given id, and the same clause in SQL where SQL can express it. */
    SyntheticClause generate(String id);

    /** Returns the next clause, with the given id. */
    default ClauseDraft clause(String id) {
        return generate(id).draft();
    }

    /** Returns the next {@code count} clauses, with ids {@code C0 … C(count-1)}. */
    default List<ClauseDraft> clauses(int count) {
        return generate(count).stream().map(SyntheticClause::draft).toList();
    }

    /** Returns the next {@code count} clauses with their SQL, with ids {@code C0 … C(count-1)}. */
    default List<SyntheticClause> generate(int count) {
        List<SyntheticClause> clauses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            clauses.add(generate("C" + i));
        }
        return clauses;
    }
}
