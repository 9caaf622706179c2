package org.mingyuan.rules.match;

import org.mingyuan.rules.table.FactTable;

/** One row under evaluation, with each interned test evaluated at most once. */
final class RowContext {

    private final FactTable table;
    private final TestIndex tests;
    private final int row;
    private final Truth[] memo;

    RowContext(FactTable table, TestIndex tests, int row) {
        this.table = table;
        this.tests = tests;
        this.row = row;
        this.memo = new Truth[tests.internedCount()];
    }

    FactTable table() {
        return table;
    }

    int row() {
        return row;
    }

    /** Returns the truth of the interned test with this id on the row. */
    Truth test(int id) {
        if (id >= memo.length) {
            return tests.truth(tests.interned(id), row);
        }
        Truth truth = memo[id];
        if (truth == null) {
            truth = tests.truth(tests.interned(id), row);
            memo[id] = truth;
        }
        return truth;
    }
}
