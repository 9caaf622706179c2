package org.mingyuan.rules.match;

import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.SetColumn;
import org.roaringbitmap.RoaringBitmap;

/** A set fact holding an element: indexed by the column's bitmap of the element. */
final class IncludesTestPlan extends TestPlan implements ValueTestPlan {

    private final SetColumn column;
    private final TestCatalog catalog;
    private final String element;
    private volatile int code = -1;

    IncludesTestPlan(Test.Includes test, SetColumn column, TestCatalog catalog) {
        super(test);
        this.column = column;
        this.catalog = catalog;
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
        int code = code();
        for (int one : held) {
            if (one == code) {
                return true;
            }
        }
        return false;
    }

    /** Returns the element's code, -1 while no row ever held it; a code, once given, never changes. */
    private int code() {
        int known = code;
        if (known < 0) {
            known = column.codeOf(element);
            code = known;
        }
        return known;
    }

    SetColumn column() {
        return column;
    }

    @Override
    boolean dense() {
        return true;
    }

    @Override
    public long[] knownWords() {
        return catalog.values(column).known();
    }

    @Override
    public void orInto(long[] words) {
        int known = code();
        if (known >= 0) {
            Words.or(words, catalog.values(column).words(known));
        }
    }

    @Override
    boolean indexed() {
        return true;
    }

    @Override
    long estimate() {
        return column.rowsWith(element).getLongCardinality();
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
