package org.mingyuan.rules.match;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mingyuan.rules.clause.Condition;

/** An {@code &&} or {@code ||} of parts: what both share. */
abstract class JunctionPlan extends Plan {

    /** The parts, in the order written. */
    final List<Plan> parts;

    private final Set<String> facts = new TreeSet<>();

    JunctionPlan(Condition condition, List<Plan> parts) {
        super(condition);
        this.parts = List.copyOf(parts);
        parts.forEach(part -> facts.addAll(part.facts()));
    }

    @Override
    final List<Plan> children() {
        return parts;
    }

    @Override
    final Set<String> facts() {
        return facts;
    }

    @Override
    final int cost() {
        return parts.stream().mapToInt(Plan::cost).sum();
    }
}
