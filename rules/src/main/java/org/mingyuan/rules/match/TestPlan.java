package org.mingyuan.rules.match;

import java.util.Set;
import org.mingyuan.rules.clause.Test;

/** An indexable test compiled against its column; one instance is shared by every clause holding an equal test. */
abstract class TestPlan extends Plan {

    private final Set<String> facts;

    TestPlan(Test test) {
        super(test);
        this.facts = test.facts();
    }

    @Override
    Set<String> facts() {
        return facts;
    }
}
