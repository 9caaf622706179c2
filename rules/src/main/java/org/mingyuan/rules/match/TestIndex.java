package org.mingyuan.rules.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongPredicate;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.CodeColumn;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.DoubleColumn;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.LongColumn;
import org.mingyuan.rules.table.SetColumn;
import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * The rows where each indexable test is true, computed once and shared by every clause that
 * holds an equal test, and kept current as rows change.
 */
final class TestIndex {

    private final FactTable table;
    private final YearsThresholds years;
    private final Map<Test, RoaringBitmap> trueRows = new ConcurrentHashMap<>();
    private final Map<Test, RoaringBitmap> falseRows = new ConcurrentHashMap<>();
    private final Map<Test.YearsSince, LongPredicate> yearsPredicates = new ConcurrentHashMap<>();
    private final Map<Test, Integer> ids = new HashMap<>();
    private final List<Test> interned = new CopyOnWriteArrayList<>();
    private Truth[] before = new Truth[0];

    TestIndex(FactTable table, YearsThresholds years) {
        this.table = table;
        this.years = years;
    }

    /** Returns the rows where the test is true; the caller must not modify it. */
    RoaringBitmap trueRows(Test test) {
        return trueRows.computeIfAbsent(test, this::compute);
    }

    /** Returns the rows where the test is false (fact present, test fails). */
    RoaringBitmap falseRows(Test test) {
        return falseRows.computeIfAbsent(test, t -> RoaringBitmap.andNot(present(t), trueRows(t)));
    }

    private RoaringBitmap present(Test test) {
        return FastAggregation.and(
                test.facts().stream().map(f -> table.column(f).present()).iterator());
    }

    /** Returns the dense id of a test, giving it one when first seen. */
    synchronized int intern(Test test) {
        return ids.computeIfAbsent(test, t -> {
            interned.add(t);
            return interned.size() - 1;
        });
    }

    /** Returns the test with the id. */
    Test interned(int id) {
        return interned.get(id);
    }

    /** Returns how many tests have ids. */
    int internedCount() {
        return interned.size();
    }

    /** Returns the number of distinct tests indexed. */
    int size() {
        return trueRows.size();
    }

    /** Notes each indexed test's truth on a row about to change. */
    void rowChanging(int row) {
        before = new Truth[internedCount()];
        for (Test test : trueRows.keySet()) {
            before[intern(test)] = truth(test, row);
        }
    }

    /** Updates the bitmaps of the indexed tests on the changed facts whose truth changed on the row. */
    void rowChanged(int row, Set<String> facts) {
        for (Map.Entry<Test, RoaringBitmap> entry : trueRows.entrySet()) {
            Test test = entry.getKey();
            if (test.facts().stream().noneMatch(facts::contains)) {
                continue;
            }
            int id = intern(test);
            Truth now = truth(test, row);
            if (id < before.length && before[id] == now) {
                continue;
            }
            set(entry.getValue(), row, now == Truth.TRUE);
            RoaringBitmap falses = falseRows.get(test);
            if (falses != null) {
                set(falses, row, now == Truth.FALSE);
            }
        }
    }

    private static void set(RoaringBitmap bitmap, int row, boolean member) {
        if (member) {
            bitmap.add(row);
        } else {
            bitmap.remove(row);
        }
    }

    /** Evaluates the test on one row. */
    Truth truth(Test test, int row) {
        for (String fact : test.facts()) {
            if (!table.column(fact).isPresent(row)) {
                return Truth.UNKNOWN;
            }
        }
        if (test instanceof Test.Computed computed) {
            return Truth.of(computed(computed, row));
        }
        return Truth.of(holds(test, table.column(test.fact()), row));
    }

    private boolean holds(Test test, Column column, int row) {
        if (test instanceof Test.DecimalCompare c) {
            return c.op().holds(compare(((DoubleColumn) column).get(row), c.value()));
        }
        if (test instanceof Test.LongCompare c) {
            return c.op().holds(Long.compare(((LongColumn) column).get(row), c.value()));
        }
        if (test instanceof Test.OneOf o) {
            return o.values().contains(((CodeColumn) column).text(row));
        }
        if (test instanceof Test.Includes i) {
            return ((SetColumn) column).contains(row, i.element());
        }
        if (test instanceof Test.YearsSince y) {
            return yearsPredicate(y).test(((LongColumn) column).get(row));
        }
        return "true".equals(((CodeColumn) column).text(row));
    }

    private boolean computed(Test.Computed test, int row) {
        double left = FormulaEvaluator.evaluate(test.left(), table, row);
        double right = FormulaEvaluator.evaluate(test.right(), table, row);
        return switch (test.op()) {
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
            case EQ -> left == right;
            case NE -> left != right;
        };
    }

    private RoaringBitmap compute(Test test) {
        if (test instanceof Test.Computed computed) {
            RoaringBitmapWriter<RoaringBitmap> writer =
                    RoaringBitmapWriter.writer().get();
            present(test).forEach((int row) -> {
                if (computed(computed, row)) {
                    writer.add(row);
                }
            });
            return writer.get();
        }
        Column column = table.column(test.fact());
        if (test instanceof Test.DecimalCompare c) {
            return scanDecimals((DoubleColumn) column, c);
        }
        if (test instanceof Test.LongCompare c) {
            return scan((LongColumn) column, v -> c.op().holds(Long.compare(v, c.value())));
        }
        if (test instanceof Test.OneOf o) {
            return union(
                    o.values().stream().map(((CodeColumn) column)::rowsWith).toList());
        }
        if (test instanceof Test.Includes i) {
            return ((SetColumn) column).rowsWith(i.element()).clone();
        }
        if (test instanceof Test.YearsSince y) {
            return scan((LongColumn) column, yearsPredicate(y));
        }
        return ((CodeColumn) column).rowsWith("true").clone();
    }

    private LongPredicate yearsPredicate(Test.YearsSince test) {
        return yearsPredicates.computeIfAbsent(test, this::thresholds);
    }

    private LongPredicate thresholds(Test.YearsSince test) {
        long atLeastN = years.lastDayWithAtLeast(test.years());
        long atLeastNPlusOne = years.lastDayWithAtLeast(test.years() + 1);
        return day -> test.op().holds(years.compare(day, atLeastN, atLeastNPlusOne));
    }

    private static int compare(double value, double constant) {
        return value < constant ? -1 : value > constant ? 1 : 0;
    }

    private static RoaringBitmap union(List<RoaringBitmap> bitmaps) {
        return bitmaps.size() == 1 ? bitmaps.get(0).clone() : FastAggregation.or(bitmaps.iterator());
    }

    private static RoaringBitmap scanDecimals(DoubleColumn column, Test.DecimalCompare test) {
        double[] values = column.values();
        double constant = test.value();
        RoaringBitmapWriter<RoaringBitmap> writer = RoaringBitmapWriter.writer().get();
        int[] rows = new int[256];
        BatchIterator batches = column.present().getBatchIterator();
        while (batches.hasNext()) {
            int count = batches.nextBatch(rows);
            for (int i = 0; i < count; i++) {
                if (test.op().holds(compare(values[rows[i]], constant))) {
                    writer.add(rows[i]);
                }
            }
        }
        return writer.get();
    }

    private static RoaringBitmap scan(LongColumn column, LongPredicate predicate) {
        long[] values = column.values();
        RoaringBitmapWriter<RoaringBitmap> writer = RoaringBitmapWriter.writer().get();
        int[] rows = new int[256];
        BatchIterator batches = column.present().getBatchIterator();
        while (batches.hasNext()) {
            int count = batches.nextBatch(rows);
            for (int i = 0; i < count; i++) {
                if (predicate.test(values[rows[i]])) {
                    writer.add(rows[i]);
                }
            }
        }
        return writer.get();
    }
}
