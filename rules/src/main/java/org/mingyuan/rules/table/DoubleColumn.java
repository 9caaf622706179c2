package org.mingyuan.rules.table;

import java.util.Arrays;
import org.mingyuan.rules.schema.Fact;
import org.roaringbitmap.RoaringBitmap;

/** A column of decimal facts, one {@code double} per row, NaN where missing. */
public final class DoubleColumn implements Column {

    private final Fact fact;
    private final RoaringBitmap present = new RoaringBitmap();
    private double[] values = new double[0];

    DoubleColumn(Fact fact) {
        this.fact = fact;
    }

    @Override
    public Fact fact() {
        return fact;
    }

    @Override
    public boolean isPresent(int row) {
        return !Double.isNaN(values[row]);
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    /** Returns the value of a row, NaN when missing. */
    public double get(int row) {
        return values[row];
    }

    /** Returns the backing array; NaN marks a missing value. Read it under the table's read lock. */
    public double[] values() {
        return values;
    }

    @Override
    public Object celValue(int row) {
        double value = values[row];
        return Double.isNaN(value) ? null : value;
    }

    @Override
    public boolean set(int row, Object value) {
        double old = values[row];
        if (value == null) {
            if (Double.isNaN(old)) {
                return false;
            }
            values[row] = Double.NaN;
            present.remove(row);
            return true;
        }
        double fresh = (Double) value;
        values[row] = fresh;
        present.add(row);
        return Double.doubleToLongBits(old) != Double.doubleToLongBits(fresh);
    }

    @Override
    public void ensureCapacity(int rows) {
        if (rows > values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, Math.max(rows, old * 2));
            Arrays.fill(values, old, values.length, Double.NaN);
        }
    }
}
