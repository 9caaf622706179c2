package org.mingyuan.rules.match;

import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.SetColumn;
import org.roaringbitmap.RoaringBitmap;

/** A set fact holding an element: indexed by the column's bitmap of the element. */
final class IncludesTestPlan extends TestPlan {

    private final SetColumn column;
    private final String element;

    IncludesTestPlan(Test.Includes test, SetColumn column) {
        super(test);
        this.column = column;
        this.element = test.element();
    }

    @Override
    boolean isTrue(int row) {
        int[] held = column.codes(row);
        return held != null && holds(held);
    }

    @Override
    boolean isFalse(int row) {
        int[] held = column.codes(row);
        return held != null && !holds(held);
    }

    private boolean holds(int[] held) {
        int code = column.codeOf(element);
        for (int one : held) {
            if (one == code) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean indexed() {
        return true;
    }

    @Override
    RoaringBitmap trueRows() {
        return column.rowsWith(element);
    }

    @Override
    RoaringBitmap falseRows() {
        return RoaringBitmap.andNot(column.present(), trueRows());
    }
}
