package org.mingyuan.rules.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mingyuan.rules.clause.Condition;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * {@code &&}: true when every part is true, false when one is false. Matching intersects the indexed parts' bitmaps,
 * rarest first, then filters what is left through the other parts, cheapest first, a batch at a time.
 */
final class AllPlan extends JunctionPlan {

    /** A scope holding at least one row in this many is taken as plain bits, a word at a time. */
    private static final int DENSE_FROM = 32;

    private final List<Plan> indexedParts;
    private final List<Plan> rowParts;

    AllPlan(Condition condition, List<Plan> parts) {
        super(condition, parts);
        List<Plan> indexed = new ArrayList<>();
        List<Plan> rows = new ArrayList<>();
        for (Plan part : parts) {
            (part.indexed() ? indexed : rows).add(part);
        }
        rows.sort(Comparator.comparingInt(Plan::cost));
        this.indexedParts = List.copyOf(indexed);
        this.rowParts = List.copyOf(rows);
    }

    @Override
    boolean isTrue(int row) {
        for (Plan part : parts) {
            if (!part.isTrue(row)) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean isFalse(int row) {
        for (Plan part : parts) {
            if (part.isFalse(row)) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean indexed() {
        return rowParts.isEmpty();
    }

    @Override
    long estimate() {
        return indexedParts.stream().mapToLong(Plan::estimate).min().orElse(0);
    }

    @Override
    RoaringBitmap trueRows() {
        return FastAggregation.and(indexedParts.stream().map(Plan::trueRows).iterator());
    }

    @Override
    RoaringBitmap falseRows() {
        return FastAggregation.or(indexedParts.stream().map(Plan::falseRows).iterator());
    }

    @Override
    int retainTrue(int[] rows, int count) {
        int left = count;
        for (int i = 0; i < indexedParts.size() && left > 0; i++) {
            left = indexedParts.get(i).retainTrue(rows, left);
        }
        for (int i = 0; i < rowParts.size() && left > 0; i++) {
            left = rowParts.get(i).retainTrue(rows, left);
        }
        return left;
    }

    @Override
    RoaringBitmap trueIn(RoaringBitmap scope) {
        if (!scope.isEmpty() && (long) scope.getCardinality() * DENSE_FROM > scope.last()) {
            return trueInWords(scope);
        }
        List<Plan> left = new ArrayList<>(rowParts);
        RoaringBitmap rows = scope;
        if (!indexedParts.isEmpty()) {
            List<Plan> byEstimate = new ArrayList<>(indexedParts);
            byEstimate.sort(Comparator.comparingLong(Plan::estimate));
            rows = RoaringBitmap.and(byEstimate.get(0).trueRows(), scope);
            for (int i = 1; i < byEstimate.size() && !rows.isEmpty(); i++) {
                rows = byEstimate.get(i).trueIn(rows);
            }
        }
        List<RangeTestPlan> narrowing = narrowing(left, rows);
        left.removeAll(narrowing);
        for (RangeTestPlan range : narrowing) {
            rows = range.candidates(rows);
        }
        if (narrowing.isEmpty() && left.isEmpty() || rows.isEmpty()) {
            return rows == scope ? scope.clone() : rows;
        }
        return RowBatches.filter(rows, (batch, count) -> {
            int kept = count;
            for (int i = 0; i < narrowing.size() && kept > 0; i++) {
                kept = narrowing.get(i).retainCandidates(batch, kept);
            }
            for (int i = 0; i < left.size() && kept > 0; i++) {
                kept = left.get(i).retainTrue(batch, kept);
            }
            return kept;
        });
    }

    /**
     * A dense scope: the parts that can ({@link Plan#dense()}) intersect it a machine word at a time, value tests first,
     * range tests by their bins; then the rows left go, a batch at a time, through the range tests' ends and the other
     * parts.
     */
    private RoaringBitmap trueInWords(RoaringBitmap scope) {
        long[][] buffers = Words.buffers(scope, Words.length(scope.last() + 1));
        long[] words = buffers[0];
        List<RangeTestPlan> ranges = new ArrayList<>();
        List<Plan> left = new ArrayList<>();
        for (Plan part : parts) {
            long[] kept = part instanceof RangeTestPlan range ? range.keptWords() : null;
            if (kept != null) {
                Words.and(words, kept);
            } else if (part.dense() && !(part instanceof RangeTestPlan)) {
                part.andInto(words, buffers[1]);
            } else if (part instanceof RangeTestPlan range && range.dense()) {
                ranges.add(range);
            } else {
                left.add(part);
            }
        }
        for (RangeTestPlan range : ranges) {
            range.andInto(words, buffers[1]);
        }
        left.sort(Comparator.comparingInt(Plan::cost));
        if (ranges.isEmpty() && left.isEmpty()) {
            return BitSetUtil.bitmapOf(words);
        }
        return Words.filter(words, (batch, count) -> {
            int kept = count;
            for (int i = 0; i < ranges.size() && kept > 0; i++) {
                kept = ranges.get(i).retainCandidates(batch, kept);
            }
            for (int i = 0; i < left.size() && kept > 0; i++) {
                kept = left.get(i).retainTrue(batch, kept);
            }
            return kept;
        });
    }

    /**
     * Returns the range tests that narrow the rows through their indexes, fewest rows kept first: their bitmaps are
     * intersected first and the rows of their end bins checked one by one last, among the few rows left.
     */
    private static List<RangeTestPlan> narrowing(List<Plan> parts, RoaringBitmap rows) {
        List<RangeTestPlan> ranges = new ArrayList<>();
        for (Plan part : parts) {
            if (part instanceof RangeTestPlan range && range.narrows(rows)) {
                ranges.add(range);
            }
        }
        ranges.sort(Comparator.comparingDouble(RangeTestPlan::selectivity));
        return ranges;
    }
}
