package org.mingyuan.rules.match;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Bitmap algebra over a condition: the rows where it is certainly true and certainly false
 * whatever its residual parts give, then CEL only on the rows left undecided.
 */
final class ConditionBitmaps {

    private static final RoaringBitmap EMPTY = new RoaringBitmap();

    private final FactTable table;
    private final TestIndex tests;

    ConditionBitmaps(FactTable table, TestIndex tests) {
        this.table = table;
        this.tests = tests;
    }

    /** Returns the rows where the clause's condition is true on the evaluation date. */
    RoaringBitmap eligible(ClauseProgram program) {
        return program.validNow() ? exactlyTrue(program.root(), table.live()) : new RoaringBitmap();
    }

    /** Returns the rows within {@code scope} where the part is true. */
    RoaringBitmap exactlyTrue(RowNode node, RoaringBitmap scope) {
        Condition condition = node.condition();
        RoaringBitmap rows = RoaringBitmap.and(certainlyTrue(condition), scope);
        if (!node.needsRows()) {
            return rows;
        }
        RoaringBitmap undecided = RoaringBitmap.andNot(scope, rows);
        undecided.andNot(certainlyFalse(condition));
        RoaringBitmapWriter<RoaringBitmap> found = RoaringBitmapWriter.writer().get();
        undecided.forEach((int row) -> {
            if (node.eval(new RowContext(table, tests, row)) == Truth.TRUE) {
                found.add(row);
            }
        });
        rows.or(found.get());
        return rows;
    }

    /** Returns the rows where the condition is true whatever its residual parts give. */
    RoaringBitmap certainlyTrue(Condition condition) {
        if (condition instanceof Test test) {
            return tests.trueRows(test);
        }
        if (condition instanceof Condition.All all) {
            return FastAggregation.and(parts(all.parts(), true).iterator());
        }
        if (condition instanceof Condition.Any any) {
            return FastAggregation.or(parts(any.parts(), true).iterator());
        }
        if (condition instanceof Condition.Not not) {
            return certainlyFalse(not.part());
        }
        if (condition instanceof Condition.Constant constant && constant.value()) {
            return table.live();
        }
        return EMPTY;
    }

    /** Returns the rows where the condition is false whatever its residual parts give. */
    RoaringBitmap certainlyFalse(Condition condition) {
        if (condition instanceof Test test) {
            return tests.falseRows(test);
        }
        if (condition instanceof Condition.All all) {
            return FastAggregation.or(parts(all.parts(), false).iterator());
        }
        if (condition instanceof Condition.Any any) {
            return FastAggregation.and(parts(any.parts(), false).iterator());
        }
        if (condition instanceof Condition.Not not) {
            return certainlyTrue(not.part());
        }
        if (condition instanceof Condition.Constant constant && !constant.value()) {
            return table.live();
        }
        return EMPTY;
    }

    private List<RoaringBitmap> parts(List<Condition> parts, boolean certainlyTrue) {
        List<RoaringBitmap> bitmaps = new ArrayList<>(parts.size());
        for (Condition part : parts) {
            bitmaps.add(certainlyTrue ? certainlyTrue(part) : certainlyFalse(part));
        }
        return bitmaps;
    }
}
