package org.mingyuan.rules.table;

import java.time.Instant;
import java.util.Arrays;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactType;
import org.roaringbitmap.RoaringBitmap;

/** A column of whole numbers or dates (as days since 1970-01-01), one {@code long} per row. */
public final class LongColumn implements Column {

    private final Fact fact;
    private final RoaringBitmap present = new RoaringBitmap();
    private long[] values = new long[0];

    LongColumn(Fact fact) {
        this.fact = fact;
    }

    @Override
    public Fact fact() {
        return fact;
    }

    @Override
    public boolean isPresent(int row) {
        return present.contains(row);
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    /** Returns the raw value of a present row (epoch day for dates). */
    public long get(int row) {
        return values[row];
    }

    /** Returns the backing array; entries of missing rows are meaningless. */
    public long[] values() {
        return values;
    }

    @Override
    public Object celValue(int row) {
        if (!present.contains(row)) {
            return null;
        }
        return fact.type() == FactType.DATE ? Instant.ofEpochSecond(values[row] * 86_400L) : values[row];
    }

    @Override
    public void set(int row, Object value) {
        if (value == null) {
            present.remove(row);
            values[row] = 0;
        } else {
            values[row] = (Long) value;
            present.add(row);
        }
    }

    @Override
    public void ensureCapacity(int rows) {
        if (rows > values.length) {
            values = Arrays.copyOf(values, Math.max(rows, values.length * 2));
        }
    }
}
