package org.mingyuan.rules.match;

import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/** Walks a bitmap's rows a batch at a time, so that the work on each batch runs as a tight loop over arrays. */
final class RowBatches {

    /** Rows per batch: large enough to amortise a call, small enough to stay in the first-level cache. */
    static final int SIZE = 1024;

    /** Keeps, in place, some of the first {@code count} rows of a batch and returns how many it kept. */
    @FunctionalInterface
    interface Retain {
        int retain(int[] rows, int count);
    }

    /** Takes a batch of rows. */
    @FunctionalInterface
    interface Consumer {
        void accept(int[] rows, int count);
    }

    private RowBatches() {}

    /** Returns the rows of the scope that the filter keeps. */
    static RoaringBitmap filter(RoaringBitmap scope, Retain filter) {
        RoaringBitmapWriter<RoaringBitmap> kept = RoaringBitmapWriter.writer().get();
        forEach(scope, (rows, count) -> {
            int left = filter.retain(rows, count);
            for (int i = 0; i < left; i++) {
                kept.add(rows[i]);
            }
        });
        return kept.get();
    }

    /** Hands the rows of the bitmap to the consumer, in ascending order, a batch at a time. */
    static void forEach(RoaringBitmap rows, Consumer consumer) {
        int[] batch = new int[SIZE];
        BatchIterator batches = rows.getBatchIterator();
        while (batches.hasNext()) {
            int count = batches.nextBatch(batch);
            if (count > 0) {
                consumer.accept(batch, count);
            }
        }
    }
}
