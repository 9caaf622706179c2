package org.mingyuan.rules.match;

import java.util.List;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.CodeColumn;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * A text, enumeration or yes-or-no fact equal to one of some values: indexed by the column's bitmap of each value,
 * and on one row by a table of the matching codes.
 */
final class CodeTestPlan extends TestPlan {

    private final CodeColumn column;
    private final List<String> values;
    private volatile boolean[] matching = new boolean[0];

    CodeTestPlan(Test.OneOf test, CodeColumn column) {
        this(test, column, test.values());
    }

    CodeTestPlan(Test.IsTrue test, CodeColumn column) {
        this(test, column, List.of("true"));
    }

    private CodeTestPlan(Test test, CodeColumn column, List<String> values) {
        super(test);
        this.column = column;
        this.values = values;
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
    RoaringBitmap trueRows() {
        if (values.size() == 1) {
            return column.rowsWith(values.get(0));
        }
        return FastAggregation.or(values.stream().map(column::rowsWith).iterator());
    }

    @Override
    RoaringBitmap falseRows() {
        return RoaringBitmap.andNot(column.present(), trueRows());
    }
}
