package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

class MatcherDifferentialTests {

    private static final int ENTERPRISES = 1_000;
    private static final int CLAUSES = 130;

    @Test
    void matcherAgreesWithPlainCelOnEveryPairAndEveryClauseTotalBeforeAndAfterUpdates() {
        FactTable table = new FactTable(RandomRegistry.SCHEMA);
        RandomRegistry registry = new RandomRegistry(42, 0.15);
        for (int i = 0; i < ENTERPRISES; i++) {
            table.upsert("E" + i, registry.enterprise());
        }
        Matcher matcher = new Matcher(table, RandomRegistry.TODAY);
        ClauseCompiler compiler = new ClauseCompiler(RandomRegistry.SCHEMA);
        RandomClauses generator = new RandomClauses(7);
        List<CompiledClause> clauses = new ArrayList<>();
        for (int c = 0; c < CLAUSES; c++) {
            clauses.add(compiler.compile(generator.clause("C" + c)));
        }
        matcher.registerAll(clauses);
        CelBaseline baseline = new CelBaseline(RandomRegistry.TODAY);

        long pairs = compareAll(table, matcher, baseline, clauses);

        SplittableRandom random = new SplittableRandom(3);
        for (int u = 0; u < 200; u++) {
            String key = "E" + random.nextInt(ENTERPRISES + 50);
            if (random.nextInt(10) == 0) {
                table.remove(key);
            } else {
                table.upsert(key, registry.enterprise());
            }
        }
        matcher.register(compiler.compile(generator.clause("C0")));
        clauses.set(0, compiler.compile(generator.clause("C0")));
        matcher.register(clauses.get(0));
        pairs += compareAll(table, matcher, baseline, clauses);

        assertThat(pairs).isGreaterThanOrEqualTo(100_000);
    }

    private static long compareAll(
            FactTable table, Matcher matcher, CelBaseline baseline, List<CompiledClause> clauses) {
        long pairs = 0;
        List<CelBaseline.Prepared> prepared =
                clauses.stream().map(baseline::prepare).toList();
        List<RoaringBitmap> matched =
                clauses.stream().map(c -> matcher.eligibleRows(c.id())).toList();
        long[] counts = new long[clauses.size()];
        long[] unknown = new long[clauses.size()];
        double[] amounts = new double[clauses.size()];
        for (int row = 0; row < table.rowCount(); row++) {
            Map<String, Object> facts = CelBaseline.facts(table, row);
            boolean live = table.live().contains(row);
            for (int c = 0; c < clauses.size(); c++) {
                RoaringBitmap rows = matched.get(c);
                boolean expected = live && prepared.get(c).eligible(facts);
                if (expected) {
                    counts[c]++;
                    OptionalDouble amount = prepared.get(c).amount(facts);
                    amounts[c] += amount.orElse(0);
                    unknown[c] += amount.isPresent() ? 0 : 1;
                }
                assertThat(rows.contains(row))
                        .as(
                                "clause %s [%s] on row %d %s",
                                clauses.get(c).id(), clauses.get(c).draft().eligibility(), row, facts)
                        .isEqualTo(expected);
                pairs++;
            }
            if (live) {
                compareAmounts(table.keyOf(row), facts, matcher, prepared, clauses);
            }
        }
        Map<String, Totals> totals = matcher.totals();
        assertThat(totals).hasSize(clauses.size());
        for (int c = 0; c < clauses.size(); c++) {
            Totals total = totals.get(clauses.get(c).id());
            assertThat(total.count()).as("count of %s", clauses.get(c).id()).isEqualTo(counts[c]);
            assertThat(total.amountUnknown())
                    .as("unknown amounts of %s", clauses.get(c).id())
                    .isEqualTo(unknown[c]);
            assertThat(total.amount())
                    .as("amount of %s", clauses.get(c).id())
                    .isCloseTo(amounts[c], withPercentage(1e-9));
        }
        return pairs;
    }

    private static void compareAmounts(
            String key,
            Map<String, Object> facts,
            Matcher matcher,
            List<CelBaseline.Prepared> prepared,
            List<CompiledClause> clauses) {
        for (Entitlement entitlement : matcher.eligibleClauses(key)) {
            int c = Integer.parseInt(entitlement.clauseId().substring(1));
            OptionalDouble expected = prepared.get(c).amount(facts);
            assertThat(entitlement.amount())
                    .as(
                            "amount of %s [%s] for %s",
                            clauses.get(c).id(), clauses.get(c).draft().amount(), facts)
                    .isEqualTo(expected);
        }
    }
}
