package org.mingyuan.rules.match;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mingyuan.rules.clause.Condition;
import org.roaringbitmap.RoaringBitmap;

/** {@code !}: true where its part is false and false where it is true; unknown stays unknown. */
final class NotPlan extends Plan {

    private final Plan part;

    NotPlan(Condition condition, Plan part) {
        super(condition);
        this.part = part;
    }

    @Override
    List<Plan> children() {
        return List.of(part);
    }

    @Override
    Set<String> facts() {
        return part.facts();
    }

    @Override
    int cost() {
        return part.cost();
    }

    @Override
    boolean isTrue(int row) {
        return part.isFalse(row);
    }

    @Override
    boolean isFalse(int row) {
        return part.isTrue(row);
    }

    @Override
    boolean indexed() {
        return part.indexed();
    }

    /** Dense when the part is a value test: its negation is the rows with a value that the part does not hold. */
    @Override
    boolean dense() {
        return part instanceof ValueTestPlan;
    }

    @Override
    void andInto(long[] words, long[] scratch) {
        ValueTestPlan values = (ValueTestPlan) part;
        values.orInto(scratch);
        Words.andNot(words, scratch);
        Arrays.fill(scratch, 0);
        Words.and(words, values.knownWords());
    }

    @Override
    RoaringBitmap trueRows() {
        return part.falseRows();
    }

    @Override
    RoaringBitmap falseRows() {
        return part.trueRows();
    }

    @Override
    int retainTrue(int[] rows, int count) {
        return part.retainFalse(rows, count);
    }

    @Override
    int retainFalse(int[] rows, int count) {
        return part.retainTrue(rows, count);
    }
}
