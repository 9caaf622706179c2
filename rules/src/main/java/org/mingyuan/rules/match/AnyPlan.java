package org.mingyuan.rules.match;

import java.util.List;
import org.mingyuan.rules.clause.Condition;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/** {@code ||}: true when one part is true, false when every part is false. */
final class AnyPlan extends JunctionPlan {

    private final boolean indexed;

    AnyPlan(Condition condition, List<Plan> parts) {
        super(condition, parts);
        this.indexed = parts.stream().allMatch(Plan::indexed);
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
    boolean dense() {
        return parts.stream().allMatch(ValueTestPlan.class::isInstance);
    }

    @Override
    void orInto(long[] words) {
        parts.forEach(part -> part.orInto(words));
    }

    @Override
    long estimate() {
        return parts.stream().mapToLong(Plan::estimate).sum();
    }

    @Override
    RoaringBitmap trueRows() {
        return FastAggregation.or(parts.stream().map(Plan::trueRows).iterator());
    }

    @Override
    RoaringBitmap falseRows() {
        return FastAggregation.and(parts.stream().map(Plan::falseRows).iterator());
    }

    @Override
    RoaringBitmap trueIn(RoaringBitmap scope) {
        if (indexed && !restrictFirst(scope, parts.size())) {
            return RoaringBitmap.and(scope, trueRows());
        }
        RoaringBitmap found = new RoaringBitmap();
        RoaringBitmap left = scope;
        for (Plan part : parts) {
            RoaringBitmap rows = part.trueIn(left);
            found.or(rows);
            left = RoaringBitmap.andNot(left, rows);
            if (left.isEmpty()) {
                break;
            }
        }
        return found;
    }
}
