package org.mingyuan.rules.match;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mingyuan.rules.clause.Condition;
import org.roaringbitmap.RoaringBitmap;

/**
 * A part of a clause's condition compiled against the table's columns. It answers for one row (updates,
 * explanations) and for a set of rows (matching): an indexed part by bitmap algebra over the columns' value bitmaps,
 * any other part by a pass over the rows in scope, a batch at a time, reading the column arrays directly.
 *
 * <p>Three-valued: a part over a missing fact is neither true nor false. Every method is called under the table's
 * lock; bitmaps returned by {@link #trueRows()} and {@link #falseRows()} must not be modified.
 */
abstract class Plan {

    private final Condition condition;

    Plan(Condition condition) {
        this.condition = condition;
    }

    /** Returns the condition this part evaluates. */
    Condition condition() {
        return condition;
    }

    /** Returns the parts of an and, or or not; empty for a leaf. */
    List<Plan> children() {
        return List.of();
    }

    /** Returns the facts this part reads. */
    abstract Set<String> facts();

    /** Tells whether the part is true on the row. */
    abstract boolean isTrue(int row);

    /** Tells whether the part is false on the row (known, and not met). */
    abstract boolean isFalse(int row);

    /** Returns the part's truth on the row. */
    final Truth truth(int row) {
        return isTrue(row) ? Truth.TRUE : isFalse(row) ? Truth.FALSE : Truth.UNKNOWN;
    }

    /** Returns a rough cost of evaluating the part on one row, to test cheap parts first. */
    int cost() {
        return 1;
    }

    /** Tells whether the part is answered by bitmap algebra alone ({@link #trueRows()}, {@link #falseRows()}). */
    boolean indexed() {
        return false;
    }

    /** For an indexed part, about how many rows it is true on; parts that can tell without computing them do. */
    long estimate() {
        return trueRows().getLongCardinality();
    }

    /** For an indexed part, the rows where it is true. */
    RoaringBitmap trueRows() {
        throw new UnsupportedOperationException("not indexed: " + condition);
    }

    /** For an indexed part, the rows where it is false. */
    RoaringBitmap falseRows() {
        throw new UnsupportedOperationException("not indexed: " + condition);
    }

    /**
     * Tells whether the part can intersect a bit-per-row set ({@link Words}) with its rows a word at a time: value
     * tests and unions of them, and range tests, whose intersection is a superset left to
     * {@link RangeTestPlan#retainCandidates} to refine.
     */
    boolean dense() {
        return false;
    }

    /** For a dense part that is a union of values: adds its rows to the words. */
    void orInto(long[] words) {
        throw new UnsupportedOperationException("not a union of values: " + condition);
    }

    /** For a dense part: intersects, in place, the words with its rows, using the zeroed scratch words. */
    void andInto(long[] words, long[] scratch) {
        orInto(scratch);
        Words.and(words, scratch);
        Arrays.fill(scratch, 0);
    }

    /** Keeps, in place, the first {@code count} rows where the part is true; returns how many are kept. */
    int retainTrue(int[] rows, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (isTrue(rows[i])) {
                rows[kept++] = rows[i];
            }
        }
        return kept;
    }

    /** Keeps, in place, the first {@code count} rows where the part is false; returns how many are kept. */
    int retainFalse(int[] rows, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (isFalse(rows[i])) {
                rows[kept++] = rows[i];
            }
        }
        return kept;
    }

    /**
     * Tells whether an indexed part of several bitmaps is better intersected with the scope one bitmap at a time and
     * the results united (a step per row of the scope and bitmap) than united first (a step per row of its bitmaps).
     */
    final boolean restrictFirst(RoaringBitmap scope, int bitmaps) {
        return (long) scope.getCardinality() * bitmaps * 4 < estimate();
    }

    /** Returns the rows of the scope where the part is true, as a new bitmap. */
    RoaringBitmap trueIn(RoaringBitmap scope) {
        return indexed() ? RoaringBitmap.and(scope, trueRows()) : RowBatches.filter(scope, this::retainTrue);
    }

    /** Returns the rows of the scope where the part is false, as a new bitmap. */
    RoaringBitmap falseIn(RoaringBitmap scope) {
        return indexed() ? RoaringBitmap.and(scope, falseRows()) : RowBatches.filter(scope, this::retainFalse);
    }
}
