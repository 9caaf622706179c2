package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

/**
 * The matcher against per-pair plain CEL on the benchmark's diverse workload, with a tenth of the facts missing,
 * validity windows on both sides of the evaluation date, caps, and extra clauses whose scope is the whole registry
 * (so their range tests go through the range indexes) or a handful of rows (so they are filtered row by row); then
 * through hundreds of upserts, removals, withdrawals and replacements.
 */
class DiverseWorkloadDifferentialTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final RegistryShape SHAPE = RegistryShape.DIVERSE;
    private static final int ENTERPRISES = 3_000;
    private static final int DIVERSE_CLAUSES = 300;
    private static final int BROAD_CLAUSES = 80;
    private static final double MISSING = 0.1;
    private static final String GROUP = "chainSegment";

    /** A registry, a matcher over it and the clauses it should hold. */
    private static final class Fixture {
        final FactTable table = new FactTable(DemoSchema.schema(SHAPE));
        final SyntheticRegistry registry = new SyntheticRegistry(SHAPE, 11, TODAY, MISSING);
        final ClauseCompiler compiler = new ClauseCompiler(table.schema());
        final DiverseClauses diverse = new DiverseClauses(SHAPE, 23, TODAY);
        final BroadClauses broad;
        final Map<String, CompiledClause> clauses = new LinkedHashMap<>();
        final CelOracle oracle = new CelOracle(table, TODAY);
        final SplittableRandom random = new SplittableRandom(5);
        final Matcher matcher;

        Fixture() {
            this(false);
        }

        /** One by one: every clause registered alone, so no index is built and range tests keep rows or filter. */
        Fixture(boolean oneByOne) {
            for (int i = 0; i < ENTERPRISES; i++) {
                table.upsert(SyntheticRegistry.key(i), registry.enterprise(i));
            }
            broad = new BroadClauses(SHAPE, table, TODAY, 31);
            List<CompiledClause> initial = new ArrayList<>();
            for (int i = 0; i < DIVERSE_CLAUSES; i++) {
                initial.add(compile(diverse("D" + i)));
            }
            for (int i = 0; i < BROAD_CLAUSES; i++) {
                initial.add(compile(broad.clause("B" + i)));
            }
            matcher = new Matcher(table, TODAY);
            if (oneByOne) {
                initial.forEach(matcher::register);
            } else {
                matcher.registerAll(initial);
            }
            initial.forEach(clause -> clauses.put(clause.id(), clause));
        }

        CompiledClause compile(ClauseDraft draft) {
            return compiler.compile(draft);
        }

        /** A clause of the diverse workload; one in four gets a validity window, one in five a cap. */
        ClauseDraft diverse(String id) {
            ClauseDraft draft = this.diverse.clause(id);
            if (random.nextInt(4) == 0) {
                draft = window(draft);
            }
            if (random.nextInt(5) == 0) {
                draft = draft.withCap(random.nextInt(0, 5) * 50_000.0);
            }
            return draft;
        }

        /** A window that includes the evaluation date, just or widely, or just or widely misses it. */
        ClauseDraft window(ClauseDraft draft) {
            LocalDate day = TODAY;
            return switch (random.nextInt(8)) {
                case 0 -> draft.validBetween(day.minusYears(1), day.plusYears(1));
                case 1 -> draft.validBetween(day, day.plusDays(1));
                case 2 -> draft.validBetween(day.minusYears(1), day);
                case 3 -> draft.validBetween(day.plusDays(1), day.plusYears(1));
                case 4 -> draft.validBetween(null, day.plusDays(1));
                case 5 -> draft.validBetween(day.plusDays(1), null);
                case 6 -> draft.validBetween(null, day);
                default -> draft.validBetween(day, null);
            };
        }

        long compareAll() {
            return oracle.assertAgrees(matcher, clauses.values(), GROUP);
        }
    }

    @Test
    void everyPairAndEveryTotalAgreeWithPlainCel() {
        Fixture fixture = new Fixture();

        long pairs = fixture.compareAll();

        assertThat(pairs).isEqualTo((long) ENTERPRISES * (DIVERSE_CLAUSES + BROAD_CLAUSES));
        assertScopesLargeAndSmall(fixture);
    }

    @Test
    void unmetCountsTheTopLevelLinesAnExplanationDoesNotPass() {
        Fixture fixture = new Fixture();
        Explainer explainer = new Explainer(fixture.matcher);
        long compared = 0;
        long withUnmet = 0;
        for (int i = 0; i < ENTERPRISES; i += 37) {
            String key = SyntheticRegistry.key(i);
            for (String clause : fixture.clauses.keySet()) {
                long lines = explainer.explain(key, clause).checks().stream()
                        .filter(check -> check.depth() == 0 && check.outcome() != Check.Outcome.PASS)
                        .count();
                assertThat(explainer.unmet(key, clause)).as(key + " " + clause).isEqualTo(lines);
                compared++;
                withUnmet += lines > 1 ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(30_000);
        assertThat(withUnmet).isGreaterThan(1_000);
    }

    /** The workload reaches both ends: clauses eligible for most of the registry and clauses for a few. */
    private static void assertScopesLargeAndSmall(Fixture fixture) {
        long large = fixture.clauses.keySet().stream()
                .filter(id -> fixture.matcher.eligibleRows(id).getCardinality() >= 512)
                .count();
        long windowsOut = fixture.clauses.values().stream()
                .filter(c -> !c.draft().isValidOn(TODAY))
                .count();
        long windowsIn = fixture.clauses.values().stream()
                        .filter(c -> c.draft().validFrom() != null || c.draft().validUntil() != null)
                        .count()
                - windowsOut;
        assertThat(large).isGreaterThanOrEqualTo(25);
        assertThat(windowsOut).isGreaterThanOrEqualTo(10);
        assertThat(windowsIn).isGreaterThanOrEqualTo(10);
    }

    @Test
    void clausesRegisteredOneAtATimeAgreeWithPlainCelThroughUpdatesAndARematch() {
        Fixture fixture = new Fixture(true);
        fixture.compareAll();
        Updates updates = new Updates(fixture);

        for (int u = 0; u < 150; u++) {
            String key = updates.next();
            fixture.oracle.assertEnterpriseAgrees(fixture.matcher, fixture.clauses.values(), key);
        }
        fixture.compareAll();
        assertRematchKeepsTheRows(fixture);
    }

    @Test
    void upsertsRemovalsWithdrawalsAndReplacementsKeepEveryAnswerInAgreementWithPlainCel() {
        Fixture fixture = new Fixture();
        Updates updates = new Updates(fixture);

        for (int round = 0; round < 3; round++) {
            for (int u = 0; u < 150; u++) {
                String key = updates.next();
                fixture.oracle.assertEnterpriseAgrees(fixture.matcher, fixture.clauses.values(), key);
            }
            churnClauses(fixture);
            fixture.compareAll();
            assertRematchKeepsTheRows(fixture);
        }
        assertThat(updates.kinds)
                .allSatisfy((kind, count) -> assertThat(count).as(kind).isGreaterThanOrEqualTo(10));
    }

    /** Withdraws some clauses, replaces some (same id, new text) and adds new ones, some of them in one call. */
    private static void churnClauses(Fixture fixture) {
        SplittableRandom random = fixture.random;
        List<String> ids = new ArrayList<>(fixture.clauses.keySet());
        for (int i = 0; i < 15; i++) {
            String id = ids.remove(random.nextInt(ids.size()));
            assertThat(fixture.matcher.withdraw(id)).isTrue();
            fixture.clauses.remove(id);
        }
        assertThat(fixture.matcher.withdraw("NEVER")).isFalse();
        List<CompiledClause> batch = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            boolean broad = id.startsWith("B") || random.nextInt(3) == 0;
            CompiledClause replacement = fixture.compile(broad ? fixture.broad.clause(id) : fixture.diverse(id));
            if (i % 2 == 0) {
                fixture.matcher.register(replacement);
            } else {
                batch.add(replacement);
            }
            fixture.clauses.put(id, replacement);
        }
        int fresh = fixture.clauses.size() + 1_000 * (1 + random.nextInt(1_000));
        for (int i = 0; i < 20; i++) {
            String id = (i % 2 == 0 ? "B" : "D") + (fresh + i);
            CompiledClause added = fixture.compile(i % 2 == 0 ? fixture.broad.clause(id) : fixture.diverse(id));
            if (i == 0) {
                batch.add(fixture.compile(fixture.broad.clause(id)));
            }
            batch.add(added);
            fixture.clauses.put(id, added);
        }
        fixture.matcher.registerAll(batch);
    }

    /** Matching every clause afresh (through the indexes as they are now) gives the incrementally kept rows. */
    private static void assertRematchKeepsTheRows(Fixture fixture) {
        Map<String, RoaringBitmap> kept = new HashMap<>();
        fixture.clauses.keySet().forEach(id -> kept.put(id, fixture.matcher.eligibleRows(id)));
        Map<String, Totals> totals = fixture.matcher.totals();

        fixture.matcher.rematch();

        fixture.clauses
                .keySet()
                .forEach(id -> assertThat(fixture.matcher.eligibleRows(id))
                        .as("rows of %s after rematch()", id)
                        .isEqualTo(kept.get(id)));
        assertThat(fixture.matcher.totals()).isEqualTo(totals);
    }

    /**
     * Random changes to the registry: a new version of an enterprise, facts going missing and coming back, numbers
     * moved to the far ends of their ranges (across the range indexes' levels), new enterprises, removals and the
     * return of removed ones.
     */
    private static final class Updates {
        private final Fixture fixture;
        private final SplittableRandom random = new SplittableRandom(17);
        private final Map<String, Map<String, Object>> current = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();
        private final Map<String, Integer> versions = new HashMap<>();
        final Map<String, Integer> kinds = new LinkedHashMap<>();

        Updates(Fixture fixture) {
            this.fixture = fixture;
            for (int i = 0; i < ENTERPRISES; i++) {
                keys.add(SyntheticRegistry.key(i));
                current.put(SyntheticRegistry.key(i), fixture.registry.enterprise(i));
            }
        }

        /** Applies one change and returns the key of the enterprise it changed. */
        String next() {
            int kind = random.nextInt(100);
            String key = keys.get(random.nextInt(keys.size()));
            int index = Integer.parseInt(key.substring(1));
            Map<String, Object> facts = new HashMap<>(current.get(key));
            String what;
            if (kind < 30) {
                what = "new version";
                facts = fixture.registry.enterprise(index, versions.merge(key, 1, Integer::sum));
            } else if (kind < 45) {
                what = "facts go missing";
                List<String> names = new ArrayList<>(facts.keySet());
                for (int i = 0; i < 1 + random.nextInt(4) && !names.isEmpty(); i++) {
                    facts.remove(names.remove(random.nextInt(names.size())));
                }
            } else if (kind < 55) {
                what = "facts come back";
                facts = fixture.registry.enterprise(index, versions.getOrDefault(key, 0));
            } else if (kind < 75) {
                what = "far values";
                farValues(facts);
            } else if (kind < 88) {
                what = "new enterprise";
                key = SyntheticRegistry.key(ENTERPRISES + keys.size());
                index = Integer.parseInt(key.substring(1));
                keys.add(key);
                facts = fixture.registry.enterprise(index);
            } else if (kind < 94 || removed.isEmpty()) {
                what = "removal";
                fixture.table.remove(key);
                removed.add(key);
                kinds.merge(what, 1, Integer::sum);
                return key;
            } else {
                what = "return after removal";
                key = removed.get(random.nextInt(removed.size()));
                index = Integer.parseInt(key.substring(1));
                facts = fixture.registry.enterprise(index, versions.merge(key, 1, Integer::sum));
            }
            removed.remove(key);
            fixture.table.upsert(key, facts);
            current.put(key, facts);
            kinds.merge(what, 1, Integer::sum);
            return key;
        }

        private void farValues(Map<String, Object> facts) {
            switch (random.nextInt(6)) {
                case 0 -> facts.put("revenue", random.nextBoolean() ? 0.0 : 1e7 * random.nextDouble());
                case 1 -> facts.put("staff", random.nextBoolean() ? 1L : 100_000L + random.nextInt(1_000));
                case 2 -> facts.put("rdSpend", random.nextBoolean() ? 0.0 : 5e6);
                case 3 ->
                    facts.put(
                            "founded",
                            random.nextBoolean() ? LocalDate.of(1900, 1, 1) : TODAY.plusDays(random.nextInt(400)));
                case 4 -> facts.put("revenueGrowth", random.nextBoolean() ? -1e4 : 1e4);
                default -> {
                    facts.put("revenue", 0.0);
                    facts.put("rdSpend", 0.0);
                }
            }
        }
    }
}
