package org.mingyuan.rules.match;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.clause.Test;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Finds, for a clause, the enterprises that fail exactly one of its top-level conditions (the
 * parts of its outermost {@code &&}), grouped by that condition: who a threshold shuts out. A
 * condition over a missing fact counts as failed.
 */
public final class NearMisses {

    private final Matcher matcher;
    private final Wording wording;

    /** Creates the finder over the matcher's table and clauses. */
    public NearMisses(Matcher matcher) {
        this(matcher, ValueLabels.NONE);
    }

    /** Creates it over the matcher's table and clauses, naming the codes of enumeration and set facts by {@code labels}. */
    public NearMisses(Matcher matcher, ValueLabels labels) {
        this.matcher = matcher;
        this.wording = new Wording(matcher.table().schema(), labels);
    }

    /** Returns one entry per top-level condition, in the order written; empty when the clause is out of its window. */
    public List<NearMiss> of(String clauseId) {
        return matcher.read(() -> {
            ClauseProgram program = matcher.program(clauseId);
            if (!program.validNow()) {
                return List.of();
            }
            Plan root = program.root();
            List<Plan> parts = root.condition() instanceof Condition.All ? root.children() : List.of(root);
            List<RoaringBitmap> met = new ArrayList<>();
            RoaringBitmap scope = candidates(parts);
            for (Plan part : parts) {
                met.add(part.trueIn(scope));
            }
            List<NearMiss> misses = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                RoaringBitmap others = allBut(met, i, scope);
                others.andNot(met.get(i));
                List<String> keys = new ArrayList<>();
                others.forEach((int row) -> keys.add(matcher.table().keyOf(row)));
                Wording.Text text = describe(parts.get(i).condition());
                misses.add(new NearMiss(text.zh(), text.en(), others.getLongCardinality(), keys));
            }
            return misses;
        });
    }

    /** Returns the live rows that could meet all top-level conditions but one. */
    private RoaringBitmap candidates(List<Plan> parts) {
        List<RoaringBitmap> possible = new ArrayList<>();
        RoaringBitmap live = matcher.table().live();
        for (Plan part : parts) {
            possible.add(RoaringBitmap.andNot(live, part.falseIn(live)));
        }
        RoaringBitmap union = new RoaringBitmap();
        for (int i = 0; i < parts.size(); i++) {
            union.or(allBut(possible, i, matcher.table().live()));
        }
        return union;
    }

    private static RoaringBitmap allBut(List<RoaringBitmap> bitmaps, int skipped, RoaringBitmap base) {
        List<RoaringBitmap> kept = new ArrayList<>(bitmaps.size());
        kept.add(base);
        for (int i = 0; i < bitmaps.size(); i++) {
            if (i != skipped) {
                kept.add(bitmaps.get(i));
            }
        }
        return FastAggregation.and(kept.iterator());
    }

    private Wording.Text describe(Condition condition) {
        return describe(condition, false);
    }

    private Wording.Text describe(Condition condition, boolean negated) {
        if (condition instanceof Test.Computed computed) {
            return expression(computed.source(), negated);
        }
        if (condition instanceof Test test) {
            return wording.requirement(test, negated);
        }
        if (condition instanceof Condition.Not not) {
            return describe(not.part(), !negated);
        }
        if (condition instanceof Condition.All all) {
            return join(all.parts(), negated, negated ? "或" : "且", negated ? "or" : "and");
        }
        if (condition instanceof Condition.Any any) {
            return join(any.parts(), negated, negated ? "且" : "或", negated ? "and" : "or");
        }
        if (condition instanceof Condition.Residual residual) {
            return expression(residual.source(), negated);
        }
        boolean holds = ((Condition.Constant) condition).value() != negated;
        return new Wording.Text(holds ? "恒成立" : "恒不成立", holds ? "always met" : "never met");
    }

    private Wording.Text join(List<Condition> parts, boolean negated, String zh, String en) {
        List<String> zhParts = new ArrayList<>();
        List<String> enParts = new ArrayList<>();
        for (Condition part : parts) {
            Wording.Text text = describe(part, negated);
            zhParts.add(text.zh());
            enParts.add(text.en());
        }
        return new Wording.Text(
                "（" + String.join(" " + zh + " ", zhParts) + "）", "(" + String.join(" " + en + " ", enParts) + ")");
    }

    private static Wording.Text expression(String source, boolean negated) {
        return new Wording.Text(
                (negated ? "不得满足 " : "需满足 ") + source, (negated ? "must not satisfy " : "must satisfy ") + source);
    }
}
