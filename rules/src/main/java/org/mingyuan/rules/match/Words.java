package org.mingyuan.rules.match;

import java.util.Arrays;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * Plain bit-per-row sets, row {@code r} at bit {@code r & 63} of word {@code r >>> 6}: the form in which a conjunction
 * over dense row sets runs a machine word (64 rows) at a time. A shorter array stands for zeros beyond its end.
 */
final class Words {

    private static final ThreadLocal<long[][]> BUFFERS = ThreadLocal.withInitial(() -> new long[2][0]);

    private Words() {}

    /** Returns the words needed for the rows below {@code rows}. */
    static int length(int rows) {
        return (rows + 63) >>> 6;
    }

    /**
     * Returns this thread's two work arrays of at least {@code length} words: the first holding the scope's rows, the
     * second zeroed scratch. They are reused by the thread's next call.
     */
    static long[][] buffers(RoaringBitmap scope, int length) {
        long[][] buffers = BUFFERS.get();
        if (buffers[0].length < length) {
            buffers[0] = new long[length];
            buffers[1] = new long[length];
        }
        long[] rows = BitSetUtil.toLongArray(scope);
        int copied = Math.min(rows.length, length);
        System.arraycopy(rows, 0, buffers[0], 0, copied);
        Arrays.fill(buffers[0], copied, buffers[0].length, 0);
        return buffers;
    }

    /** Intersects {@code into} with {@code other}. */
    static void and(long[] into, long[] other) {
        int common = Math.min(into.length, other.length);
        for (int i = 0; i < common; i++) {
            into[i] &= other[i];
        }
        Arrays.fill(into, common, into.length, 0);
    }

    /** Takes {@code other} out of {@code into}. */
    static void andNot(long[] into, long[] other) {
        int common = Math.min(into.length, other.length);
        for (int i = 0; i < common; i++) {
            into[i] &= ~other[i];
        }
    }

    /** Adds {@code other} to {@code into}. */
    static void or(long[] into, long[] other) {
        int common = Math.min(into.length, other.length);
        for (int i = 0; i < common; i++) {
            into[i] |= other[i];
        }
    }

    /** Sets or clears a row's bit, growing the array when the row lies beyond it; returns the array. */
    static long[] set(long[] words, int row, boolean member) {
        long[] grown =
                (row >>> 6) < words.length ? words : Arrays.copyOf(words, Math.max((row >>> 6) + 1, words.length * 2));
        if (member) {
            grown[row >>> 6] |= 1L << row;
        } else {
            grown[row >>> 6] &= ~(1L << row);
        }
        return grown;
    }

    /**
     * Returns the rows of the words that the filter keeps, handing it the rows a batch at a time and clearing, in
     * place, the bits of the rows it drops; the bitmap is then made from the words a container at a time.
     */
    static RoaringBitmap filter(long[] words, RowBatches.Retain filter) {
        int[] batch = new int[RowBatches.SIZE];
        int[] offered = new int[RowBatches.SIZE];
        int count = 0;
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                batch[count++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                if (count == batch.length) {
                    drop(words, batch, offered, count, filter);
                    count = 0;
                }
            }
        }
        drop(words, batch, offered, count, filter);
        return BitSetUtil.bitmapOf(words);
    }

    /** Clears the bits of the batch's rows that the filter does not keep. */
    private static void drop(long[] words, int[] batch, int[] offered, int count, RowBatches.Retain filter) {
        System.arraycopy(batch, 0, offered, 0, count);
        int kept = filter.retain(batch, count);
        for (int i = 0, k = 0; i < count; i++) {
            if (k < kept && batch[k] == offered[i]) {
                k++;
            } else {
                words[offered[i] >>> 6] &= ~(1L << offered[i]);
            }
        }
    }
}
