package org.mingyuan.rules.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mingyuan.rules.table.CodeColumn;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.SetColumn;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * The values of a code or set column as plain bit-per-row sets ({@link Words}), made on first need for each value a
 * test asks for, so that conjunctions and unions over them run a word at a time; kept current as rows change.
 */
final class DenseValues implements RowIndex {

    /** A value held by at least the live rows divided by this is frequent. */
    private static final int FREQUENT = 64;

    /** Frequent values whose rows together are at least the live rows divided by this are united word by word. */
    private static final int DENSE = 16;

    private final Column column;
    private final Map<Integer, long[]> words = new ConcurrentHashMap<>();
    private volatile long[] known;

    DenseValues(Column column) {
        this.column = column;
    }

    @Override
    public Set<String> facts() {
        return Set.of(column.fact().name());
    }

    /** Returns the rows holding the value with this code, one bit per row; the caller must not modify it. */
    long[] words(int code) {
        return words.computeIfAbsent(code, c -> BitSetUtil.toLongArray(rows(c)));
    }

    /** Returns the rows where the column holds a value, one bit per row; the caller must not modify it. */
    long[] known() {
        long[] bits = known;
        if (bits == null) {
            synchronized (this) {
                bits = known;
                if (bits == null) {
                    bits = BitSetUtil.toLongArray(column.present());
                    known = bits;
                }
            }
        }
        return bits;
    }

    private RoaringBitmap rows(int code) {
        return column instanceof CodeColumn codes
                ? codes.rowsWith(codes.value(code))
                : ((SetColumn) column).rowsWith(((SetColumn) column).value(code));
    }

    /** Returns the rows holding one of the values of a code column, as a new bitmap or one the caller must not modify. */
    RoaringBitmap union(List<String> values, int liveRows) {
        CodeColumn codes = (CodeColumn) column;
        List<RoaringBitmap> rare = new ArrayList<>();
        List<Integer> frequent = new ArrayList<>();
        long frequentRows = 0;
        for (String value : values) {
            RoaringBitmap rows = codes.rowsWith(value);
            if ((long) rows.getCardinality() * FREQUENT < liveRows) {
                rare.add(rows);
            } else {
                frequent.add(codes.codeOf(value));
                frequentRows += rows.getCardinality();
            }
        }
        if (frequent.size() < 2 || frequentRows * DENSE < liveRows) {
            frequent.forEach(code -> rare.add(codes.rowsWith(codes.value(code))));
            return rare.size() == 1 ? rare.get(0) : FastAggregation.or(rare.iterator());
        }
        long[] dense = new long[0];
        for (int code : frequent) {
            long[] bits = words(code);
            if (dense.length < bits.length) {
                dense = Arrays.copyOf(dense, bits.length);
            }
            Words.or(dense, bits);
        }
        RoaringBitmap union = BitSetUtil.bitmapOf(dense);
        rare.forEach(union::or);
        return union;
    }

    @Override
    public void update(int row) {
        words.replaceAll((code, bits) -> Words.set(bits, row, holds(row, code)));
        long[] bits = known;
        if (bits != null) {
            known = Words.set(bits, row, column.present().contains(row));
        }
    }

    private boolean holds(int row, int code) {
        if (column instanceof CodeColumn codes) {
            return codes.codes()[row] == code;
        }
        int[] held = ((SetColumn) column).codes(row);
        if (held != null) {
            for (int one : held) {
                if (one == code) {
                    return true;
                }
            }
        }
        return false;
    }
}
