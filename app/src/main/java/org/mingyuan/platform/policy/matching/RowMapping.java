package org.mingyuan.platform.policy.matching;

import java.util.Arrays;
import java.util.OptionalInt;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/**
 * Where the rows of one copy's table sit in another's, matched by credit code: two copies built at different times
 * need not give an enterprise the same row (an enterprise removed, or registered out of id order, shifts the rest).
 * Built with one look-up per row of the first table; a bitmap of the first table is then carried over by bitmap algebra,
 * translating one by one only the rows that moved, which are few when the two copies were built from the same registry.
 */
final class RowMapping {

    private final RoaringBitmap moved = new RoaringBitmap();
    private final int[] target;

    /** Maps the rows of {@code from} to those of {@code to}. */
    RowMapping(FactTable from, FactTable to) {
        from.lock().readLock().lock();
        try {
            target = new int[from.rowCount()];
            Arrays.fill(target, -1);
            for (int row = 0; row < target.length; row++) {
                OptionalInt there = to.rowOf(from.keyOf(row));
                if (there.isPresent()) {
                    target[row] = there.getAsInt();
                }
                if (target[row] != row) {
                    moved.add(row);
                }
            }
        } finally {
            from.lock().readLock().unlock();
        }
    }

    /** The rows of the second table holding the enterprises of {@code rows} of the first; those it lacks are left out. */
    RoaringBitmap carry(RoaringBitmap rows) {
        RoaringBitmap carried = RoaringBitmap.andNot(rows, moved);
        RoaringBitmap.and(rows, moved).forEach((int row) -> {
            if (target[row] >= 0) {
                carried.add(target[row]);
            }
        });
        return carried;
    }

    /** How many rows of the first table are elsewhere in the second, or not in it. */
    int movedRows() {
        return moved.getCardinality();
    }
}
