package org.mingyuan.rules.table;

/** Hears about rows that changed, while the table's write lock is held. */
public interface RowListener {

    /** Called after a row's facts were replaced or removed. */
    void rowChanged(int row);
}
