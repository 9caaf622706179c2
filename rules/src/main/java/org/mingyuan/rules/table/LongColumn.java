package org.mingyuan.rules.table;

import java.time.Instant;
import java.util.Arrays;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactType;
import org.roaringbitmap.RoaringBitmap;

/**
 * A column of whole numbers or dates (as days since 1970-01-01), one {@code long} per row, with a dense bit per row
 * that tells whether it is present.
 */
public final class LongColumn implements Column {

    private final Fact fact;
    private final RoaringBitmap present = new RoaringBitmap();
    private long[] values = new long[0];
    private long[] presentBits = new long[0];

    LongColumn(Fact fact) {
        this.fact = fact;
    }

    @Override
    public Fact fact() {
        return fact;
    }

    @Override
    public boolean isPresent(int row) {
        return (presentBits[row >>> 6] & (1L << row)) != 0;
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    /** Returns the raw value of a present row (epoch day for dates). */
    public long get(int row) {
        return values[row];
    }

    /** Returns the backing array; entries of missing rows are meaningless. Read it under the table's read lock. */
    public long[] values() {
        return values;
    }

    /** Returns one bit per row, row {@code r} at bit {@code r & 63} of word {@code r >>> 6}, set when present. */
    public long[] presentBits() {
        return presentBits;
    }

    @Override
    public Object celValue(int row) {
        if (!isPresent(row)) {
            return null;
        }
        return fact.type() == FactType.DATE ? Instant.ofEpochSecond(values[row] * 86_400L) : values[row];
    }

    @Override
    public boolean set(int row, Object value) {
        boolean was = isPresent(row);
        long old = values[row];
        if (value == null) {
            if (!was) {
                return false;
            }
            present.remove(row);
            presentBits[row >>> 6] &= ~(1L << row);
            values[row] = 0;
            return true;
        }
        long fresh = (Long) value;
        values[row] = fresh;
        present.add(row);
        presentBits[row >>> 6] |= 1L << row;
        return !was || old != fresh;
    }

    @Override
    public void ensureCapacity(int rows) {
        if (rows > values.length) {
            values = Arrays.copyOf(values, Math.max(rows, values.length * 2));
            presentBits = Arrays.copyOf(presentBits, (values.length + 63) >>> 6);
        }
    }
}
