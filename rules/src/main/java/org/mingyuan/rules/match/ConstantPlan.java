package org.mingyuan.rules.match;

import java.util.Set;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/** A literal {@code true} or {@code false}: the same on every live row. */
final class ConstantPlan extends Plan {

    private static final RoaringBitmap NONE = new RoaringBitmap();

    private final FactTable table;
    private final boolean value;

    ConstantPlan(Condition.Constant condition, FactTable table) {
        super(condition);
        this.table = table;
        this.value = condition.value();
    }

    @Override
    Set<String> facts() {
        return Set.of();
    }

    @Override
    boolean isTrue(int row) {
        return value;
    }

    @Override
    boolean isFalse(int row) {
        return !value;
    }

    @Override
    boolean indexed() {
        return true;
    }

    @Override
    RoaringBitmap trueRows() {
        return value ? table.live() : NONE;
    }

    @Override
    RoaringBitmap falseRows() {
        return value ? NONE : table.live();
    }
}
