package org.mingyuan.rules.bench;

import java.util.List;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Test;

/** Counts the indexable tests written in clauses, each occurrence once, to set beside the distinct tests indexed. */
final class TestUses {

    private TestUses() {}

    /** Returns how many tests the clauses' eligibility conditions contain, equal tests in two clauses counted twice. */
    static long of(List<CompiledClause> clauses) {
        return clauses.stream().mapToLong(c -> count(c.condition())).sum();
    }

    private static long count(Condition condition) {
        if (condition instanceof Test) {
            return 1;
        }
        if (condition instanceof Condition.All all) {
            return all.parts().stream().mapToLong(TestUses::count).sum();
        }
        if (condition instanceof Condition.Any any) {
            return any.parts().stream().mapToLong(TestUses::count).sum();
        }
        if (condition instanceof Condition.Not not) {
            return count(not.part());
        }
        return 0;
    }
}
