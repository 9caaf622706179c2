package org.mingyuan.rules.match;

import java.util.Set;

/** An index over some facts of the table's rows, kept current row by row. */
interface RowIndex {

    /** Returns the facts it is built from. */
    Set<String> facts();

    /** Brings the index up to date with a row whose facts, or presence in the table, changed. */
    void update(int row);
}
