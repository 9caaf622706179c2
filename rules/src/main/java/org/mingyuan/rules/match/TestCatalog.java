package org.mingyuan.rules.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mingyuan.rules.clause.Formula;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.CodeColumn;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.DoubleColumn;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.LongColumn;
import org.mingyuan.rules.table.SetColumn;

/**
 * The compiled tests of the registered clauses, one per distinct test, counted by use, and the range indexes of the
 * numbers they compare: a clause acquires its tests when it is registered and releases them when withdrawn or
 * replaced; a test no clause uses is dropped, and with the last test over a number, its index. Thread-safe.
 */
final class TestCatalog {

    private final FactTable table;
    private final YearsThresholds years;
    private final Map<Test, Entry> tests = new HashMap<>();
    private final Map<Object, Shared> shared = new HashMap<>();
    private final Set<RangeTestPlan> kept = new HashSet<>();
    private volatile boolean bulk;

    private static final class Entry {
        final TestPlan plan;
        int uses;

        Entry(TestPlan plan) {
            this.plan = plan;
        }
    }

    /** What several tests read (a number, a code column), how many tests use it, and its index once needed. */
    private static final class Shared {
        int uses;
        volatile RowIndex index;
    }

    TestCatalog(FactTable table, YearsThresholds years) {
        this.table = table;
        this.years = years;
    }

    /** Returns the compiled test, compiling it when no clause uses it yet, and counts one more use. */
    synchronized TestPlan acquire(Test test) {
        Entry entry = tests.computeIfAbsent(test, t -> new Entry(compile(t)));
        entry.uses++;
        return entry.plan;
    }

    /** Counts one use less, dropping the test when no clause uses it any more. */
    synchronized void release(Test test) {
        Entry entry = tests.get(test);
        if (entry != null && --entry.uses == 0) {
            tests.remove(test);
            kept.remove(entry.plan);
            Object read = sharedBy(entry.plan);
            if (read != null && --shared.get(read).uses == 0) {
                shared.remove(read);
            }
        }
    }

    /** Returns how many distinct tests the registered clauses use. */
    synchronized int size() {
        return tests.size();
    }

    /** Returns how many registered clauses use the test. */
    synchronized int uses(Test test) {
        Entry entry = tests.get(test);
        return entry == null ? 0 : entry.uses;
    }

    /** Runs a match of many clauses ({@link #bulk()}). */
    <T> T inBulk(Supplier<T> match) {
        bulk = true;
        try {
            return match.get();
        } finally {
            bulk = false;
        }
    }

    /** Tells whether a match of many clauses is running ({@link #inBulk}). */
    boolean bulk() {
        return bulk;
    }

    /** Tells whether the range index of a number is built. */
    boolean indexed(NumericSource number) {
        Shared entry;
        synchronized (this) {
            entry = shared.get(number);
        }
        return entry != null && entry.index != null;
    }

    /** Notes a range test that keeps its rows, so that changed rows reach it. */
    synchronized void keeps(RangeTestPlan plan) {
        kept.add(plan);
    }

    /** Returns how many numbers and columns the tests share, each with its index once built. */
    synchronized int sharedReads() {
        return shared.size();
    }

    /** Returns the range index of a number the tests compare, building it on first use. */
    RangeIndex index(NumericSource number) {
        return (RangeIndex) index(number, () -> new RangeIndex(number, table.live(), table.rowCount()));
    }

    /** Returns the values of a code or set column as bit-per-row sets, made on first use. */
    DenseValues values(Column column) {
        return (DenseValues) index(column, () -> new DenseValues(column));
    }

    private RowIndex index(Object read, Supplier<RowIndex> build) {
        Shared entry;
        synchronized (this) {
            entry = shared.get(read);
        }
        RowIndex index = entry.index;
        if (index == null) {
            synchronized (entry) {
                index = entry.index;
                if (index == null) {
                    index = build.get();
                    entry.index = index;
                }
            }
        }
        return index;
    }

    /**
     * Builds, in parallel, the range indexes of the numbers these tests compare that have none yet, unless every test
     * over the number is shared widely enough to keep its rows instead ({@link RangeTestPlan#keptWords()}).
     */
    void buildIndexes(Collection<TestPlan> plans) {
        plans.stream()
                .filter(RangeTestPlan.class::isInstance)
                .filter(plan -> uses((Test) plan.condition()) < RangeTestPlan.KEPT_FROM)
                .map(plan -> ((RangeTestPlan) plan).source())
                .distinct()
                .toList()
                .parallelStream()
                .forEach(this::index);
    }

    /** Brings the built indexes over a changed fact up to date with a changed row. */
    synchronized void rowChanged(int row, Set<String> facts, boolean liveChanged) {
        for (Shared entry : shared.values()) {
            RowIndex index = entry.index;
            if (index != null && (liveChanged || index.facts().stream().anyMatch(facts::contains))) {
                index.update(row);
            }
        }
        for (RangeTestPlan plan : kept) {
            if (liveChanged || plan.facts().stream().anyMatch(facts::contains)) {
                plan.rowChanged(row);
            }
        }
    }

    /** Returns what a test shares with other tests: its number, or the code column of a test of several values. */
    private static Object sharedBy(TestPlan plan) {
        if (plan instanceof RangeTestPlan range) {
            return range.source();
        }
        if (plan instanceof IncludesTestPlan includes) {
            return includes.column();
        }
        return plan instanceof CodeTestPlan code ? code.column() : null;
    }

    private TestPlan compile(Test test) {
        Column column = table.column(test.fact());
        if (test instanceof Test.DecimalCompare c) {
            return range(
                    test,
                    new NumericSource.Decimals((DoubleColumn) column),
                    KeyRange.of(c.op(), c.value(), c.totalOrder()));
        }
        if (test instanceof Test.LongCompare c) {
            return range(test, new NumericSource.Wholes((LongColumn) column), KeyRange.of(c.op(), c.value()));
        }
        if (test instanceof Test.YearsSince y) {
            return range(
                    test, new NumericSource.Wholes((LongColumn) column), KeyRange.ofYears(y.op(), y.years(), years));
        }
        if (test instanceof Test.WholeOneOf w) {
            return new WholeOneOfPlan(w, (LongColumn) column);
        }
        if (test instanceof Test.OneOf o) {
            share(column);
            return new CodeTestPlan(o, (CodeColumn) column, this);
        }
        if (test instanceof Test.IsTrue t) {
            share(column);
            return new CodeTestPlan(t, (CodeColumn) column, this);
        }
        if (test instanceof Test.Includes i) {
            share(column);
            return new IncludesTestPlan(i, (SetColumn) column, this);
        }
        Test.Computed computed = (Test.Computed) test;
        if (computed.right() instanceof Formula.Constant constant) {
            return range(
                    test,
                    new NumericSource.Computed(computed.left(), computed.facts(), table),
                    KeyRange.of(computed.op(), constant.value(), computed.totalOrder()));
        }
        if (computed.left() instanceof Formula.Constant constant) {
            return range(
                    test,
                    new NumericSource.Computed(computed.right(), computed.facts(), table),
                    KeyRange.of(computed.op().swapped(), constant.value(), computed.totalOrder()));
        }
        return new ComputedTestPlan(computed, table);
    }

    private RangeTestPlan range(Test test, NumericSource number, KeyRange range) {
        share(number);
        return new RangeTestPlan(test, table, this, number, range);
    }

    private void share(Object read) {
        shared.computeIfAbsent(read, r -> new Shared()).uses++;
    }
}
