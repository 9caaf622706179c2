package org.mingyuan.rules.table;

import java.util.Set;

/** Hears about rows that changed, while the table's write lock is held. */
public interface RowListener {

    /** Called before a row's facts are replaced or removed, so the listener can note what it held. */
    default void rowChanging(int row) {}

    /** Called after a row's facts were replaced or removed, with the names of the facts that changed. */
    void rowChanged(int row, Set<String> facts);
}
