package org.mingyuan.rules.match;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mingyuan.rules.clause.Condition;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/** {@code ||}: true when one part is true, false when every part is false. */
final class AnyPlan extends Plan {

    private final List<Plan> parts;
    private final boolean indexed;
    private final Set<String> facts = new TreeSet<>();

    AnyPlan(Condition condition, List<Plan> parts) {
        super(condition);
        this.parts = List.copyOf(parts);
        this.indexed = parts.stream().allMatch(Plan::indexed);
        parts.forEach(part -> facts.addAll(part.facts()));
    }

    @Override
    List<Plan> children() {
        return parts;
    }

    @Override
    Set<String> facts() {
        return facts;
    }

    @Override
    int cost() {
        return parts.stream().mapToInt(Plan::cost).sum();
    }

    @Override
    boolean isTrue(int row) {
        for (Plan part : parts) {
            if (part.isTrue(row)) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean isFalse(int row) {
        for (Plan part : parts) {
            if (!part.isFalse(row)) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean indexed() {
        return indexed;
    }

    @Override
    RoaringBitmap trueRows() {
        return FastAggregation.or(parts.stream().map(Plan::trueRows).iterator());
    }

    @Override
    RoaringBitmap falseRows() {
        return FastAggregation.and(parts.stream().map(Plan::falseRows).iterator());
    }
}
