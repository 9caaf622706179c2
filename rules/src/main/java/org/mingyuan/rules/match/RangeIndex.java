package org.mingyuan.rules.match;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * A binned bitmap index over a {@link NumericSource}. The rows that have a number are ranked into {@value #LEVELS}
 * levels of about equal height by key, one byte per row, and every {@value #LEVELS_PER_BIN} levels make a bin, with the
 * bitmap of the rows in "this bin or higher". A range test takes the bins that reach into its range by bitmap
 * algebra, then keeps the rows whose level lies inside it by their byte, and reads the number itself only for the
 * rows of the two levels its ends fall in. Kept current row by row as rows change.
 */
final class RangeIndex implements RowIndex {

    static final int LEVELS = 256;
    static final int LEVELS_PER_BIN = 8;
    private static final int SAMPLE = 1 << 16;

    private final NumericSource source;
    private final long[] bounds;
    private final RoaringBitmap[] atLeast;
    private final long[][] denseAtLeast;
    private byte[] levelOf;

    /** Builds the index over the live rows, of which there are fewer than {@code rows}. */
    RangeIndex(NumericSource source, RoaringBitmap live, int rows) {
        this.source = source;
        this.bounds = bounds(source, live, Math.max(rows, 1));
        int bins = LEVELS / LEVELS_PER_BIN;
        this.atLeast = new RoaringBitmap[bins];
        this.denseAtLeast = new long[bins][];
        this.levelOf = new byte[Math.max(rows, 1)];
        @SuppressWarnings("unchecked")
        RoaringBitmapWriter<RoaringBitmap>[] writers = new RoaringBitmapWriter[bins];
        for (int b = 0; b < bins; b++) {
            writers[b] = RoaringBitmapWriter.writer().get();
        }
        long[] keys = new long[RowBatches.SIZE];
        RowBatches.forEach(live, (batch, count) -> {
            int numbered = source.keys(batch, count, keys);
            for (int i = 0; i < numbered; i++) {
                int level = level(keys[i]);
                levelOf[batch[i]] = (byte) level;
                writers[level / LEVELS_PER_BIN].add(batch[i]);
            }
        });
        RoaringBitmap above = new RoaringBitmap();
        for (int b = bins - 1; b >= 0; b--) {
            above = RoaringBitmap.or(above, writers[b].get());
            atLeast[b] = above;
        }
    }

    /** Picks the lowest keys of levels 1 … 255 from a sample of keys, so the levels hold about as many rows each. */
    private static long[] bounds(NumericSource source, RoaringBitmap live, int rows) {
        long[] sample = new long[Math.min(live.getCardinality(), SAMPLE)];
        int taken = 0;
        SplittableRandom random = new SplittableRandom(rows);
        for (int tries = 0; taken < sample.length && tries < 4 * sample.length; tries++) {
            int row = random.nextInt(rows);
            if (live.contains(row) && source.has(row)) {
                sample[taken++] = source.key(row);
            }
        }
        long[] keys = Arrays.copyOf(sample, taken);
        Arrays.sort(keys);
        long[] bounds = new long[LEVELS - 1];
        for (int level = 1; level < LEVELS; level++) {
            bounds[level - 1] = keys.length == 0 ? Long.MAX_VALUE : keys[(int) ((long) keys.length * level / LEVELS)];
        }
        return bounds;
    }

    /** Returns the level of a key: how many bounds are at or below it. Equal bounds leave levels empty. */
    private int level(long key) {
        int low = 0;
        int high = bounds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bounds[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public Set<String> facts() {
        return source.facts();
    }

    /** Moves a changed row to the level of its number now, or out of every bin when it has none. */
    @Override
    public void update(int row) {
        if (row >= levelOf.length) {
            levelOf = Arrays.copyOf(levelOf, Math.max(row + 1, levelOf.length * 2));
        }
        int before = atLeast[0].contains(row) ? (levelOf[row] & 0xFF) / LEVELS_PER_BIN : -1;
        int level = source.has(row) ? level(source.key(row)) : -1;
        int after = level < 0 ? -1 : level / LEVELS_PER_BIN;
        if (level >= 0) {
            levelOf[row] = (byte) level;
        }
        for (int b = after + 1; b <= before; b++) {
            atLeast[b].remove(row);
            if (denseAtLeast[b] != null) {
                denseAtLeast[b] = Words.set(denseAtLeast[b], row, false);
            }
        }
        for (int b = before + 1; b <= after; b++) {
            atLeast[b].add(row);
            if (denseAtLeast[b] != null) {
                denseAtLeast[b] = Words.set(denseAtLeast[b], row, true);
            }
        }
    }

    /** Returns the bin of a key. */
    int bin(long key) {
        return level(key) / LEVELS_PER_BIN;
    }

    /** Returns how many bins there are. */
    int bins() {
        return atLeast.length;
    }

    /** Returns the rows in this bin or higher, one bit per row, made on first need; the caller must not modify it. */
    long[] denseAtLeast(int bin) {
        long[] words = denseAtLeast[bin];
        if (words == null) {
            synchronized (this) {
                words = denseAtLeast[bin];
                if (words == null) {
                    words = BitSetUtil.toLongArray(atLeast[bin]);
                    denseAtLeast[bin] = words;
                }
            }
        }
        return words;
    }

    /** Returns about how many rows have a key in {@code [low, high]}, from the bins' sizes. */
    long estimate(long low, long high) {
        int first = level(low) / LEVELS_PER_BIN;
        int above = level(high) / LEVELS_PER_BIN + 1;
        long upTo = above < atLeast.length ? atLeast[above].getLongCardinality() : 0;
        return atLeast[first].getLongCardinality() - upTo;
    }

    /**
     * Returns the rows of the scope whose bin reaches into {@code [low, high]}: a superset of the rows in range, by
     * bitmap algebra alone; {@link #retainInside} then keeps those truly in range.
     */
    RoaringBitmap candidates(RoaringBitmap scope, long low, long high) {
        RoaringBitmap rows = RoaringBitmap.and(scope, atLeast[level(low) / LEVELS_PER_BIN]);
        int above = level(high) / LEVELS_PER_BIN + 1;
        if (above < atLeast.length) {
            rows.andNot(atLeast[above]);
        }
        return rows;
    }

    /**
     * Keeps, in place, the candidates (rows of {@link #candidates}) truly in {@code [low, high]}: by their level when it
     * lies strictly between the ends' levels or outside them, by their number when it is an end's level. An open end
     * ({@code Long.MIN_VALUE}, {@code Long.MAX_VALUE}) has no level to check.
     */
    int retainInside(int[] rows, int count, long low, long high) {
        int first = low == Long.MIN_VALUE ? -1 : level(low);
        int last = high == Long.MAX_VALUE ? LEVELS : level(high);
        byte[] levels = levelOf;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            int level = levels[row] & 0xFF;
            boolean inside = level > first && level < last;
            if (level == first || level == last) {
                long key = source.key(row);
                inside = low <= key && key <= high;
            }
            rows[kept] = row;
            kept += inside ? 1 : 0;
        }
        return kept;
    }

    /** Returns the rows that have a number. */
    RoaringBitmap rowsWithNumber() {
        return atLeast[0];
    }
}
