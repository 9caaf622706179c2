package org.mingyuan.rules.table;

import org.mingyuan.rules.schema.Fact;
import org.roaringbitmap.RoaringBitmap;

/**
 * The values of one fact for every enterprise, indexed by dense row id.
 *
 * <p>Columns are written only through {@link FactTable}, which holds the lock.
 */
public sealed interface Column permits LongColumn, DoubleColumn, CodeColumn, SetColumn {

    /** Returns the fact this column holds. */
    Fact fact();

    /** Tells whether the row has a value for this fact. */
    boolean isPresent(int row);

    /** Returns the rows that have a value; the caller must not modify it. */
    RoaringBitmap present();

    /**
     * Returns the value in the form CEL evaluates ({@code Long}, {@code Double}, {@code Instant},
     * {@code String}, {@code List<String>}, {@code Boolean}), or null when missing.
     */
    Object celValue(int row);

    /**
     * Stores a value already checked by {@link FactValues}, or clears the row when null; returns whether the row's
     * value changed.
     */
    boolean set(int row, Object value);

    /** Makes room for rows up to {@code rows - 1}. */
    void ensureCapacity(int rows);
}
