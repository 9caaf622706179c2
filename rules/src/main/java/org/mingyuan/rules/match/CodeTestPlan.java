package org.mingyuan.rules.match;

import java.util.Arrays;
import java.util.List;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.CodeColumn;
import org.roaringbitmap.RoaringBitmap;

/**
 * A text, enumeration or yes-or-no fact equal to one of some values: indexed by the column's bitmap of each value,
 * and on one row by a table of the matching codes.
 */
final class CodeTestPlan extends TestPlan implements ValueTestPlan {

    private final CodeColumn column;
    private final TestCatalog catalog;
    private final List<String> values;
    private volatile boolean[] matching = new boolean[0];

    CodeTestPlan(Test.OneOf test, CodeColumn column, TestCatalog catalog) {
        this(test, column, catalog, test.values());
    }

    CodeTestPlan(Test.IsTrue test, CodeColumn column, TestCatalog catalog) {
        this(test, column, catalog, List.of("true"));
    }

    private CodeTestPlan(Test test, CodeColumn column, TestCatalog catalog, List<String> values) {
        super(test);
        this.column = column;
        this.catalog = catalog;
        this.values = values;
    }

    CodeColumn column() {
        return column;
    }

    /** Returns, by code, whether the value matches; rebuilt when the column has seen new values since. */
    private boolean[] matching() {
        boolean[] table = matching;
        int size = column.distinctValues();
        if (table.length != size) {
            table = new boolean[size];
            for (String value : values) {
                int code = column.codeOf(value);
                if (code >= 0) {
                    table[code] = true;
                }
            }
            matching = table;
        }
        return table;
    }

    @Override
    boolean isTrue(int row) {
        int code = column.codes()[row];
        return code >= 0 && matching()[code];
    }

    @Override
    boolean isFalse(int row) {
        int code = column.codes()[row];
        return code >= 0 && !matching()[code];
    }

    @Override
    int retainTrue(int[] rows, int count) {
        int[] codes = column.codes();
        boolean[] table = matching();
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            int code = codes[row];
            rows[kept] = row;
            kept += code >= 0 && table[code] ? 1 : 0;
        }
        return kept;
    }

    @Override
    boolean indexed() {
        return true;
    }

    @Override
    long estimate() {
        long rows = 0;
        for (String value : values) {
            rows += column.rowsWith(value).getLongCardinality();
        }
        return rows;
    }

    @Override
    RoaringBitmap trueRows() {
        if (values.size() == 1) {
            return column.rowsWith(values.get(0));
        }
        return catalog.values(column).union(values, column.present().getCardinality());
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
        DenseValues dense = catalog.values(column);
        for (String value : values) {
            int code = column.codeOf(value);
            if (code >= 0) {
                Words.or(words, dense.words(code));
            }
        }
    }

    @Override
    void andInto(long[] words, long[] scratch) {
        int code = values.size() == 1 ? column.codeOf(values.get(0)) : -2;
        if (code == -1) {
            Arrays.fill(words, 0);
        } else if (code >= 0) {
            Words.and(words, catalog.values(column).words(code));
        } else {
            super.andInto(words, scratch);
        }
    }

    @Override
    RoaringBitmap trueIn(RoaringBitmap scope) {
        if (values.size() == 1 || !restrictFirst(scope, values.size())) {
            return RoaringBitmap.and(scope, trueRows());
        }
        RoaringBitmap rows = new RoaringBitmap();
        for (String value : values) {
            rows.or(RoaringBitmap.and(scope, column.rowsWith(value)));
        }
        return rows;
    }

    @Override
    RoaringBitmap falseRows() {
        return RoaringBitmap.andNot(column.present(), trueRows());
    }
}
