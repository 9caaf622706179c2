package org.mingyuan.rules.match;

import java.util.HashMap;
import java.util.Map;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.table.CodeColumn;
import org.mingyuan.rules.table.Column;
import org.mingyuan.rules.table.DoubleColumn;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.LongColumn;
import org.mingyuan.rules.table.SetColumn;

/**
 * The compiled tests of the registered clauses, one per distinct test, counted by use: a clause acquires its tests when
 * it is registered and releases them when withdrawn or replaced, and a test no clause uses is dropped. Thread-safe.
 */
final class TestCatalog {

    private final FactTable table;
    private final YearsThresholds years;
    private final Map<Test, Entry> entries = new HashMap<>();

    private static final class Entry {
        final TestPlan plan;
        int uses;

        Entry(TestPlan plan) {
            this.plan = plan;
        }
    }

    TestCatalog(FactTable table, YearsThresholds years) {
        this.table = table;
        this.years = years;
    }

    /** Returns the compiled test, compiling it when no clause uses it yet, and counts one more use. */
    synchronized TestPlan acquire(Test test) {
        Entry entry = entries.computeIfAbsent(test, t -> new Entry(compile(t)));
        entry.uses++;
        return entry.plan;
    }

    /** Counts one use less, dropping the test when no clause uses it any more. */
    synchronized void release(Test test) {
        Entry entry = entries.get(test);
        if (entry != null && --entry.uses == 0) {
            entries.remove(test);
        }
    }

    /** Returns how many distinct tests the registered clauses use. */
    synchronized int size() {
        return entries.size();
    }

    private TestPlan compile(Test test) {
        Column column = table.column(test.fact());
        if (test instanceof Test.DecimalCompare c) {
            return new DecimalTestPlan(c, (DoubleColumn) column);
        }
        if (test instanceof Test.LongCompare c) {
            return WholeRangePlan.of(c, (LongColumn) column);
        }
        if (test instanceof Test.YearsSince y) {
            return WholeRangePlan.of(y, (LongColumn) column, years);
        }
        if (test instanceof Test.WholeOneOf w) {
            return new WholeOneOfPlan(w, (LongColumn) column);
        }
        if (test instanceof Test.OneOf o) {
            return new CodeTestPlan(o, (CodeColumn) column);
        }
        if (test instanceof Test.IsTrue t) {
            return new CodeTestPlan(t, (CodeColumn) column);
        }
        if (test instanceof Test.Includes i) {
            return new IncludesTestPlan(i, (SetColumn) column);
        }
        return new ComputedTestPlan((Test.Computed) test, table);
    }
}
