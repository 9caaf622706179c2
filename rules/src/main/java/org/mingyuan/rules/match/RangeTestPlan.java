package org.mingyuan.rules.match;

import java.util.Arrays;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * A comparison of a number with a constant as a range of keys: decimal, whole-number and date facts, whole years
 * since a date, and a decimal formula compared with a constant. A small scope is filtered row by row; a large one
 * goes through the source's {@link RangeIndex}.
 */
final class RangeTestPlan extends TestPlan {

    /**
     * Scopes smaller than this are filtered row by row rather than through the index. Reading the numbers of scattered
     * rows misses the caches, while the index's bitmaps are read in order, so the index wins early.
     */
    private static final int INDEX_FROM = 512;

    /** A test shared by this many registered clauses keeps its rows. */
    static final int KEPT_FROM = 4;

    private final FactTable table;
    private final TestCatalog catalog;
    private final NumericSource source;
    private final KeyRange range;
    private volatile RangeIndex index;
    private volatile long[] kept;

    RangeTestPlan(Test test, FactTable table, TestCatalog catalog, NumericSource source, KeyRange range) {
        super(test);
        this.table = table;
        this.catalog = catalog;
        this.source = source;
        this.range = range;
    }

    private RangeIndex index() {
        RangeIndex built = index;
        if (built == null) {
            built = catalog.index(source);
            index = built;
        }
        return built;
    }

    NumericSource source() {
        return source;
    }

    @Override
    int cost() {
        return source instanceof NumericSource.Computed ? 4 : 1;
    }

    @Override
    boolean isTrue(int row) {
        return source.has(row) && range.holds(source.key(row));
    }

    @Override
    boolean isFalse(int row) {
        return source.present(row) && !isTrue(row);
    }

    @Override
    int retainTrue(int[] rows, int count) {
        return source.retain(rows, count, range.low(), range.high(), range.outside());
    }

    /**
     * Returns the rows where the test is true, one bit per row, when at least {@value #KEPT_FROM} registered clauses
     * share it: then they are worked out once, by one pass over the column, and kept current, instead of once per
     * clause; otherwise null. A single new clause that makes a test shared widely enough goes through the number's
     * index when it has one: the pass is made at the next match of many clauses ({@link TestCatalog#inBulk}).
     */
    long[] keptWords() {
        long[] words = kept;
        if (words == null
                && catalog.uses((Test) condition()) >= KEPT_FROM
                && (catalog.bulk() || !catalog.indexed(source))) {
            synchronized (this) {
                words = kept;
                if (words == null) {
                    long[] bits = new long[Words.length(table.rowCount())];
                    RowBatches.forEach(table.live(), (rows, count) -> {
                        int met = retainTrue(rows, count);
                        for (int i = 0; i < met; i++) {
                            bits[rows[i] >>> 6] |= 1L << rows[i];
                        }
                    });
                    words = bits;
                    kept = words;
                    catalog.keeps(this);
                }
            }
        }
        return words;
    }

    /** Brings the kept rows up to date with a changed row. */
    void rowChanged(int row) {
        kept = Words.set(kept, row, table.live().contains(row) && isTrue(row));
    }

    /** Tells whether a scope is large enough to go through the index. */
    boolean usesIndex(RoaringBitmap scope) {
        return scope.getCardinality() >= INDEX_FROM;
    }

    /** Returns about what share of the rows with a number the range accepts, from the index. */
    double selectivity() {
        RangeIndex index = index();
        long all = index.rowsWithNumber().getLongCardinality();
        if (all == 0) {
            return 0;
        }
        long inside = index.estimate(range.low(), range.high());
        return (range.outside() ? all - inside : inside) / (double) all;
    }

    /** Tells whether the test can narrow a scope by its index: a range, not the keys outside one. */
    boolean narrows(RoaringBitmap scope) {
        return !range.outside() && usesIndex(scope);
    }

    @Override
    boolean dense() {
        return !range.outside();
    }

    /** Intersects the words with the rows whose bin reaches into the range: a superset to refine by its candidates. */
    @Override
    void andInto(long[] words, long[] scratch) {
        if (range.low() > range.high()) {
            Arrays.fill(words, 0);
            return;
        }
        RangeIndex built = index();
        Words.and(words, built.denseAtLeast(built.bin(range.low())));
        int above = built.bin(range.high()) + 1;
        if (above < built.bins()) {
            Words.andNot(words, built.denseAtLeast(above));
        }
    }

    /** Returns the rows of the scope whose bin may hold keys in range, a superset of the rows in range. */
    RoaringBitmap candidates(RoaringBitmap scope) {
        return range.low() > range.high() ? new RoaringBitmap() : index().candidates(scope, range.low(), range.high());
    }

    /** Keeps, in place, the candidates (rows of {@link #candidates}) truly in range. */
    int retainCandidates(int[] rows, int count) {
        return index().retainInside(rows, count, range.low(), range.high());
    }

    @Override
    RoaringBitmap trueIn(RoaringBitmap scope) {
        if (!usesIndex(scope)) {
            return super.trueIn(scope);
        }
        RoaringBitmap inside = RowBatches.filter(candidates(scope), this::retainCandidates);
        if (!range.outside()) {
            return inside;
        }
        RoaringBitmap rows = RoaringBitmap.and(scope, index().rowsWithNumber());
        rows.andNot(inside);
        return rows;
    }

    @Override
    RoaringBitmap falseIn(RoaringBitmap scope) {
        if (!usesIndex(scope)) {
            return super.falseIn(scope);
        }
        RoaringBitmap present = FastAggregation.and(source.facts().stream()
                .map(fact -> table.column(fact).present())
                .iterator());
        RoaringBitmap rows = RoaringBitmap.and(scope, present);
        rows.andNot(trueIn(scope));
        return rows;
    }
}
