package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/**
 * Checks every answer of a matcher against per-pair plain CEL ({@link CelBaseline}): the eligible rows and keys of
 * every clause, the clauses and amounts of every enterprise, every clause's total and its totals grouped by an
 * enumeration fact, one clause at a time and all at once. Counts and unknown amounts must agree exactly, amounts of
 * one enterprise exactly, sums of amounts within {@value #RELATIVE} relative.
 */
final class CelOracle {

    /** The relative tolerance of summed amounts (the matcher may add in another order). */
    static final double RELATIVE = 1e-9;

    private static final int SHOWN = 12;

    private final FactTable table;
    private final CelBaseline baseline;
    private final Map<CompiledClause, CelBaseline.Prepared> prepared = new IdentityHashMap<>();

    CelOracle(FactTable table, LocalDate evaluationDate) {
        this.table = table;
        this.baseline = new CelBaseline(evaluationDate);
    }

    private CelBaseline.Prepared prepared(CompiledClause clause) {
        return prepared.computeIfAbsent(clause, baseline::prepare);
    }

    /** Count, known amount and unknown amounts, added one enterprise at a time. */
    private static final class Sum {
        long count;
        double amount;
        long unknown;

        void add(OptionalDouble one) {
            count++;
            if (one.isPresent()) {
                amount += one.getAsDouble();
            } else {
                unknown++;
            }
        }
    }

    /** What per-pair CEL says about one clause on the table as it is now. */
    private static final class Expected {
        final CompiledClause clause;
        final RoaringBitmap rows = new RoaringBitmap();
        final List<String> keys = new ArrayList<>();
        final Sum total = new Sum();
        final Map<String, Sum> groups = new TreeMap<>();

        Expected(CompiledClause clause) {
            this.clause = clause;
        }
    }

    /**
     * Asserts that the matcher agrees with per-pair CEL on every pair of row and clause and on every total, grouping
     * by {@code groupFact}; the clauses must be exactly the registered ones. Returns the number of pairs compared.
     */
    long assertAgrees(Matcher matcher, Collection<CompiledClause> registered, String groupFact) {
        List<CompiledClause> clauses = registered.stream()
                .sorted(Comparator.comparing(CompiledClause::id))
                .toList();
        assertThat(matcher.clauseIds())
                .containsExactlyInAnyOrderElementsOf(
                        clauses.stream().map(CompiledClause::id).toList());
        List<Expected> expected = clauses.stream().map(Expected::new).toList();
        List<CelBaseline.Prepared> programs =
                clauses.stream().map(this::prepared).toList();
        List<String> wrongAmounts = new ArrayList<>();
        long pairs = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            boolean live = table.live().contains(row);
            Map<String, Object> facts = CelBaseline.facts(table, row);
            Object groupValue = facts.get(groupFact);
            String group = groupValue == null ? "" : groupValue.toString();
            List<Entitlement> entitlements = new ArrayList<>();
            for (int c = 0; c < clauses.size(); c++) {
                pairs++;
                if (!live || !programs.get(c).eligible(facts)) {
                    continue;
                }
                Expected clause = expected.get(c);
                OptionalDouble amount = programs.get(c).amount(facts);
                clause.rows.add(row);
                clause.keys.add(table.keyOf(row));
                clause.total.add(amount);
                clause.groups.computeIfAbsent(group, g -> new Sum()).add(amount);
                entitlements.add(new Entitlement(clauses.get(c).id(), amount));
            }
            List<Entitlement> actual = matcher.eligibleClauses(table.keyOf(row));
            if (!actual.equals(entitlements) && wrongAmounts.size() < SHOWN) {
                wrongAmounts.add("row " + row + " " + facts + (live ? "" : " (removed)") + "\n    matcher " + actual
                        + "\n    CEL     " + entitlements);
            }
        }
        List<String> wrongRows = new ArrayList<>();
        for (Expected clause : expected) {
            RoaringBitmap actual = matcher.eligibleRows(clause.clause.id());
            if (!actual.equals(clause.rows) && wrongRows.size() < SHOWN) {
                wrongRows.add(difference(clause, actual));
            }
        }
        assertThat(wrongRows)
                .as("clauses whose eligible rows differ from CEL's")
                .isEmpty();
        assertThat(wrongAmounts)
                .as("enterprises whose clauses or amounts differ from CEL's")
                .isEmpty();
        assertTotals(matcher, expected, groupFact);
        return pairs;
    }

    private void assertTotals(Matcher matcher, List<Expected> expected, String groupFact) {
        Map<String, Totals> all = matcher.totals();
        Map<String, Map<String, Totals>> allGrouped = matcher.totalsBy(groupFact);
        assertThat(all.keySet()).hasSameSizeAs(expected);
        assertThat(allGrouped.keySet()).hasSameSizeAs(expected);
        for (Expected clause : expected) {
            String id = clause.clause.id();
            assertThat(matcher.eligibleEnterprises(id))
                    .as("enterprises of %s", id)
                    .isEqualTo(clause.keys);
            assertSame(matcher.total(id), clause.total, "total(" + id + ")");
            assertSame(all.get(id), clause.total, "totals() of " + id);
            assertGroups(matcher.totalsBy(id, groupFact), clause, "totalsBy(" + id + ", " + groupFact + ")");
            assertGroups(allGrouped.get(id), clause, "totalsBy(" + groupFact + ") of " + id);
        }
    }

    private static void assertGroups(Map<String, Totals> actual, Expected clause, String what) {
        assertThat(actual).as(what + " groups").isNotNull();
        assertThat(actual.keySet()).as(what + " groups").containsExactlyInAnyOrderElementsOf(clause.groups.keySet());
        clause.groups.forEach((group, sum) -> assertSame(actual.get(group), sum, what + " of '" + group + "'"));
    }

    private static void assertSame(Totals actual, Sum expected, String what) {
        assertThat(actual).as(what).isNotNull();
        assertThat(actual.count()).as("count of " + what).isEqualTo(expected.count);
        assertThat(actual.amountUnknown()).as("unknown amounts of " + what).isEqualTo(expected.unknown);
        assertThat(actual.amount())
                .as("amount of " + what)
                .isCloseTo(expected.amount, within(RELATIVE * Math.max(1, Math.abs(expected.amount))));
    }

    private String difference(Expected clause, RoaringBitmap actual) {
        RoaringBitmap extra = RoaringBitmap.andNot(actual, clause.rows);
        RoaringBitmap lacking = RoaringBitmap.andNot(clause.rows, actual);
        StringBuilder text = new StringBuilder(
                "clause " + clause.clause.id() + " [" + clause.clause.draft().eligibility()
                        + "] valid " + clause.clause.draft().validFrom() + ".."
                        + clause.clause.draft().validUntil() + ": "
                        + extra.getCardinality() + " rows the matcher has and CEL not, " + lacking.getCardinality()
                        + " the other way");
        extra.limit(3)
                .forEach((int row) -> text.append("\n    matcher only: row ")
                        .append(row)
                        .append(' ')
                        .append(CelBaseline.facts(table, row)));
        lacking.limit(3)
                .forEach((int row) -> text.append("\n    CEL only: row ")
                        .append(row)
                        .append(' ')
                        .append(CelBaseline.facts(table, row)));
        return text.toString();
    }

    /**
     * Asserts that the clauses the matcher gives one enterprise, with their amounts, are those per-pair CEL gives: the
     * cheap check after a single change.
     */
    void assertEnterpriseAgrees(Matcher matcher, Collection<CompiledClause> clauses, String key) {
        int row = table.rowOf(key).orElseThrow();
        boolean live = table.live().contains(row);
        Map<String, Object> facts = CelBaseline.facts(table, row);
        Map<String, Entitlement> expected = new TreeMap<>();
        if (live) {
            for (CompiledClause clause : clauses) {
                CelBaseline.Prepared program = prepared(clause);
                if (program.eligible(facts)) {
                    expected.put(clause.id(), new Entitlement(clause.id(), program.amount(facts)));
                }
            }
        }
        assertThat(matcher.eligibleClauses(key))
                .as("clauses of %s %s%s", key, facts, live ? "" : " (removed)")
                .containsExactlyElementsOf(expected.values());
    }
}
