package org.mingyuan.rules.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mingyuan.rules.table.CodeColumn;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Unions of several values of a code column ({@code segment in ['A', 'B', 'C']}). The column keeps a compressed
 * bitmap per value, whose union costs a step per row when the values are frequent; so each frequent value also gets
 * a plain bit per row, on first need, and frequent values are united a machine word (64 rows) at a time. Kept current
 * as rows change.
 */
final class ValueUnions implements RowIndex {

    /** A value held by at least the live rows divided by this is frequent. */
    private static final int FREQUENT = 64;

    /** Frequent values whose rows together are at least the live rows divided by this are united word by word. */
    private static final int DENSE = 16;

    private final CodeColumn column;
    private final Map<Integer, long[]> words = new ConcurrentHashMap<>();

    ValueUnions(CodeColumn column) {
        this.column = column;
    }

    @Override
    public Set<String> facts() {
        return Set.of(column.fact().name());
    }

    /** Returns the rows holding one of the values, as a new bitmap or one the caller must not modify. */
    RoaringBitmap union(List<String> values, int liveRows) {
        List<RoaringBitmap> rare = new ArrayList<>();
        List<RoaringBitmap> frequent = new ArrayList<>();
        List<Integer> frequentCodes = new ArrayList<>();
        long frequentRows = 0;
        for (String value : values) {
            RoaringBitmap rows = column.rowsWith(value);
            if ((long) rows.getCardinality() * FREQUENT < liveRows) {
                rare.add(rows);
            } else {
                frequent.add(rows);
                frequentCodes.add(column.codeOf(value));
                frequentRows += rows.getCardinality();
            }
        }
        if (frequent.size() < 2 || frequentRows * DENSE < liveRows) {
            rare.addAll(frequent);
            return rare.size() == 1 ? rare.get(0) : FastAggregation.or(rare.iterator());
        }
        int length = 0;
        List<long[]> words = new ArrayList<>(frequent.size());
        for (int i = 0; i < frequent.size(); i++) {
            long[] bits = words(frequentCodes.get(i), frequent.get(i));
            words.add(bits);
            length = Math.max(length, bits.length);
        }
        long[] dense = new long[length];
        for (long[] bits : words) {
            for (int i = 0; i < bits.length; i++) {
                dense[i] |= bits[i];
            }
        }
        RoaringBitmap union = BitSetUtil.bitmapOf(dense);
        rare.forEach(union::or);
        return union;
    }

    private long[] words(int code, RoaringBitmap rows) {
        return words.computeIfAbsent(code, c -> BitSetUtil.toLongArray(rows));
    }

    @Override
    public void update(int row) {
        int code = column.codes()[row];
        words.replaceAll((held, bits) -> {
            long[] grown = (row >>> 6) < bits.length ? bits : Arrays.copyOf(bits, (row >>> 6) + 1 + bits.length);
            if (held == code) {
                grown[row >>> 6] |= 1L << row;
            } else {
                grown[row >>> 6] &= ~(1L << row);
            }
            return grown;
        });
    }
}
