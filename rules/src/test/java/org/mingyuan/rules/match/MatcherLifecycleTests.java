package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.synth.DemoSchema;
import org.mingyuan.rules.synth.DiverseClauses;
import org.mingyuan.rules.synth.RegistryShape;
import org.mingyuan.rules.synth.SyntheticRegistry;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/** What a matcher holds over its life: tests dropped with the last clause using them, and detaching on close. */
class MatcherLifecycleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final RegistryShape SHAPE = RegistryShape.DIVERSE;
    private static final int ENTERPRISES = 1_000;
    private static final int CYCLES = 10_000;

    /**
     * Distinct fresh clauses, each registered and withdrawn {@code CYCLES / POOL} times (compiling is most of a cycle's
     * cost); every registration brings tests the catalog no longer holds.
     */
    private static final int POOL = 2_500;

    private static FactTable registry(int enterprises) {
        FactTable table = new FactTable(DemoSchema.schema(SHAPE));
        SyntheticRegistry registry = new SyntheticRegistry(SHAPE, 4, TODAY, 0.05);
        for (int i = 0; i < enterprises; i++) {
            table.upsert(SyntheticRegistry.key(i), registry.enterprise(i));
        }
        return table;
    }

    @Test
    void tenThousandRegisterWithdrawCyclesLeaveTheIndexedTestsAndTheAnswersAsTheyWere() {
        FactTable table = registry(ENTERPRISES);
        ClauseCompiler compiler = new ClauseCompiler(table.schema());
        Matcher matcher = new Matcher(table, TODAY);
        List<CompiledClause> base = new ArrayList<>();
        DiverseClauses diverse = new DiverseClauses(SHAPE, 8, TODAY);
        for (int i = 0; i < 40; i++) {
            base.add(compiler.compile(diverse.clause("D" + i)));
        }
        BroadClauses broad = new BroadClauses(SHAPE, table, TODAY, 9);
        for (int i = 0; i < 20; i++) {
            base.add(compiler.compile(broad.clause("B" + i)));
        }
        matcher.registerAll(base);
        int baseTests = matcher.indexedTests();
        int baseReads = matcher.sharedReads();
        Map<String, RoaringBitmap> rows = new HashMap<>();
        base.forEach(clause -> rows.put(clause.id(), matcher.eligibleRows(clause.id())));
        Map<String, Totals> totals = matcher.totals();
        Map<String, Map<String, Totals>> bySegment = matcher.totalsBy("chainSegment");
        FreshClauses fresh = new FreshClauses(12);
        List<CompiledClause> pool = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            pool.add(compiler.compile(fresh.clause("FRESH" + i)));
        }

        for (int cycle = 0; cycle < CYCLES; cycle++) {
            CompiledClause clause = pool.get(cycle % POOL);
            matcher.register(clause);
            assertThat(matcher.indexedTests())
                    .as("tests with fresh clause %s", clause.draft().eligibility())
                    .isGreaterThan(baseTests);
            assertThat(matcher.withdraw(clause.id())).isTrue();
            assertThat(matcher.indexedTests())
                    .as("tests after withdrawing %s", clause.draft().eligibility())
                    .isEqualTo(baseTests);
            assertThat(matcher.sharedReads())
                    .as("indexes after withdrawing %s", clause.draft().eligibility())
                    .isEqualTo(baseReads);
            if (cycle % 2_500 == 0 || cycle == CYCLES - 1) {
                assertThat(matcher.clauseIds()).hasSize(base.size());
                rows.forEach((id, kept) ->
                        assertThat(matcher.eligibleRows(id)).as(id).isEqualTo(kept));
                assertThat(matcher.totals()).isEqualTo(totals);
                assertThat(matcher.totalsBy("chainSegment")).isEqualTo(bySegment);
            }
        }
        matcher.rematch();
        rows.forEach((id, kept) -> assertThat(matcher.eligibleRows(id)).as(id).isEqualTo(kept));
        new CelOracle(table, TODAY).assertAgrees(matcher, base, "chainSegment");
    }

    /**
     * Clauses whose tests no other clause shares: thresholds with six decimals, over the numbers the base clauses
     * compare (their range indexes stay) and over a quotient only these clauses compute (its index comes and goes).
     */
    private static final class FreshClauses {
        private final SplittableRandom random;

        FreshClauses(long seed) {
            this.random = new SplittableRandom(seed);
        }

        ClauseDraft clause(String id) {
            String condition = switch (random.nextInt(6)) {
                case 0 -> "revenue >= " + decimal(10, 5_000) + " && staff <= " + random.nextInt(1, 400);
                case 1 -> "rdSpend / revenue >= " + decimal(0, 0.3);
                case 2 ->
                    "double(ipCount) / officeArea > " + decimal(0, 0.1) + " || revenueGrowth < " + decimal(-100, 100);
                case 3 ->
                    "!(blockchainRevenueShare >= " + decimal(0, 100) + ") && founded < date('"
                            + TODAY.minusDays(random.nextInt(5_000)) + "')";
                case 4 -> "yearsSince(settledOn) == " + random.nextInt(0, 15) + " && rent > " + decimal(0, 200);
                default ->
                    "staff in [" + random.nextInt(1, 1_000) + ", " + random.nextInt(1_000, 2_000)
                            + "] || officeArea <= " + decimal(0, 500);
            };
            return ClauseDraft.of(id, condition, "min(100000.0, revenue * " + decimal(1, 100) + ")");
        }

        private String decimal(double from, double to) {
            return String.format(Locale.ROOT, "%.6f", random.nextDouble(from, to));
        }
    }

    @Test
    void aNumberNoClauseComparesAnyMoreLosesItsIndex() {
        FactTable table = registry(2_000);
        ClauseCompiler compiler = new ClauseCompiler(table.schema());
        try (Matcher matcher = new Matcher(table, TODAY)) {
            matcher.register(compiler.compile(ClauseDraft.of("BASE", "staff >= 10", "1")));
            int base = matcher.sharedReads();

            matcher.registerAll(List.of(
                    compiler.compile(ClauseDraft.of("RENT", "rent / officeArea >= 0.01 && officeArea > 50.0", "1")),
                    compiler.compile(ClauseDraft.of("RENT2", "rent / officeArea >= 0.02", "1"))));
            assertThat(matcher.sharedReads()).isEqualTo(base + 2);
            matcher.withdraw("RENT");
            assertThat(matcher.sharedReads()).isEqualTo(base + 1);
            matcher.withdraw("RENT2");
            assertThat(matcher.sharedReads()).isEqualTo(base);
            assertThat(matcher.indexedTests()).isEqualTo(1);
        }
    }

    @Test
    void aClosedMatcherNoLongerHearsTheTableAndRefusesEveryQuestion() {
        FactTable table = registry(600);
        ClauseCompiler compiler = new ClauseCompiler(table.schema());
        CompiledClause clause = compiler.compile(ClauseDraft.of("R", "revenue >= 300.0 || staff < 10", "5000"));
        Matcher closed = new Matcher(table, TODAY);
        Matcher open = new Matcher(table, TODAY);
        closed.register(clause);
        open.register(clause);

        closed.close();
        assertThatCode(closed::close).as("closing twice").doesNotThrowAnyException();
        SyntheticRegistry registry = new SyntheticRegistry(SHAPE, 4, TODAY, 0.05);
        assertThatCode(() -> {
                    table.upsert(SyntheticRegistry.key(0), registry.enterprise(0, 1));
                    table.upsert(SyntheticRegistry.key(600), registry.enterprise(600));
                    table.remove(SyntheticRegistry.key(1));
                })
                .as("changing the table after close")
                .doesNotThrowAnyException();

        List<ThrowingCallable> uses = List.of(
                () -> closed.register(clause),
                () -> closed.registerAll(List.of(clause)),
                () -> closed.withdraw("R"),
                closed::rematch,
                closed::clauseIds,
                () -> closed.eligibleRows("R"),
                () -> closed.eligibleEnterprises("R"),
                () -> closed.eligibleClauses(SyntheticRegistry.key(0)),
                () -> closed.total("R"),
                closed::totals,
                () -> closed.totalsBy("R", "chainSegment"),
                () -> closed.totalsBy("chainSegment"),
                closed::indexedTests);
        for (ThrowingCallable use : uses) {
            assertThatThrownBy(use).isInstanceOf(IllegalStateException.class);
        }
        new CelOracle(table, TODAY).assertAgrees(open, List.of(clause), "chainSegment");
    }

    @Test
    void aMatcherClosedByTryWithResourcesCanBeClosedAgain() {
        FactTable table = registry(50);
        Matcher matcher;
        try (Matcher used = new Matcher(table, TODAY)) {
            used.register(new ClauseCompiler(table.schema()).compile(ClauseDraft.of("S", "staff >= 10", "1")));
            assertThat(used.total("S").count()).isPositive();
            matcher = used;
        }

        assertThatCode(matcher::close).doesNotThrowAnyException();
        assertThatCode(() -> table.upsert("NEW", Map.of("staff", 20L))).doesNotThrowAnyException();
        assertThatThrownBy(matcher::totals).isInstanceOf(IllegalStateException.class);
    }
}
