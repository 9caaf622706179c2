package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.table.FactTable;

/**
 * The matcher against per-pair plain CEL where numbers and dates sit at the edges of their types (see
 * {@link EdgeRegistry} and {@link EdgeClauses}), with enough rows that every range test runs both row by row and
 * through its range index: one matcher registered on the empty table hears every row arrive (row by row), another is
 * registered on the full table (indexes, and row by row behind a rare value).
 */
class MatcherEdgeValueTests {

    private static final int ROWS = 2_000;
    private static final int CONDITIONS = 40;

    @ParameterizedTest
    @ValueSource(strings = {"2028-02-29", "2027-02-28", "2027-03-01"})
    void edgeValuesAgreeWithPlainCelRowByRowAndThroughTheIndexes(String evaluationDate) {
        LocalDate today = LocalDate.parse(evaluationDate);
        FactTable table = new FactTable(EdgeRegistry.SCHEMA);
        ClauseCompiler compiler = new ClauseCompiler(EdgeRegistry.SCHEMA);
        EdgeClauses generator = new EdgeClauses(today.toEpochDay());
        List<CompiledClause> clauses = new ArrayList<>();
        for (int c = 0; c < CONDITIONS; c++) {
            generator.clauses("X" + c).forEach(draft -> clauses.add(compiler.compile(draft)));
        }
        Matcher early = new Matcher(table, today);
        early.registerAll(clauses);
        EdgeRegistry registry = new EdgeRegistry(today.toEpochDay() * 7, today, 0.1);
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> facts : registry.enterprises(ROWS)) {
            keys.add("E" + keys.size());
            table.upsert(keys.get(keys.size() - 1), facts);
        }
        Matcher late = new Matcher(table, today);
        late.registerAll(clauses);
        CelOracle oracle = new CelOracle(table, today);

        oracle.assertAgrees(late, clauses, "e");
        assertSameRows(early, late, clauses, "registered on the empty table");

        SplittableRandom random = new SplittableRandom(today.toEpochDay());
        for (int u = 0; u < 300; u++) {
            String key = keys.get(random.nextInt(keys.size()));
            if (random.nextInt(10) == 0) {
                table.remove(key);
            } else {
                table.upsert(key, registry.enterprise());
            }
        }
        oracle.assertAgrees(late, clauses, "e");
        assertSameRows(early, late, clauses, "after updates");
        early.rematch();
        assertSameRows(early, late, clauses, "after rematch()");
    }

    private static void assertSameRows(Matcher one, Matcher other, List<CompiledClause> clauses, String when) {
        for (CompiledClause clause : clauses) {
            assertThat(one.eligibleRows(clause.id()))
                    .as("rows of %s [%s] %s", clause.id(), clause.draft().eligibility(), when)
                    .isEqualTo(other.eligibleRows(clause.id()));
        }
    }

    @Test
    void yearsSinceCountsWholeYearsAtExactAnniversariesAndLeapDays() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        Map<String, Object> bornOnLeapDay = Map.of("day", leapDay);
        Map<String, Object> bornTheDayAfter = Map.of("day", leapDay.plusDays(1));
        Map<String, Object> bornOnTheAnniversary = Map.of("day", LocalDate.of(2024, 2, 28));

        assertThat(eligible(LocalDate.of(2027, 2, 28), "yearsSince(day) >= 3", bornOnLeapDay))
                .isFalse();
        assertThat(eligible(LocalDate.of(2027, 3, 1), "yearsSince(day) >= 3", bornOnLeapDay))
                .isTrue();
        assertThat(eligible(LocalDate.of(2028, 2, 29), "yearsSince(day) == 4", bornOnLeapDay))
                .isTrue();
        assertThat(eligible(LocalDate.of(2028, 2, 29), "yearsSince(day) < 4", bornTheDayAfter))
                .isTrue();
        assertThat(eligible(LocalDate.of(2027, 2, 28), "yearsSince(day) == 3", bornOnTheAnniversary))
                .isTrue();
    }

    /** Whether the one enterprise is eligible, asserting that matcher and CEL agree, on a table of many copies. */
    private static boolean eligible(LocalDate today, String condition, Map<String, Object> facts) {
        FactTable table = new FactTable(EdgeRegistry.SCHEMA);
        for (int i = 0; i < ROWS; i++) {
            table.upsert("E" + i, i == 0 ? facts : Map.of("day", today.minusDays(i)));
        }
        CompiledClause clause = new ClauseCompiler(EdgeRegistry.SCHEMA).compile(ClauseDraft.of("Y", condition, "1"));
        Matcher matcher = new Matcher(table, today);
        matcher.register(clause);
        new CelOracle(table, today).assertAgrees(matcher, List.of(clause), "e");
        return matcher.eligibleRows("Y").contains(0);
    }

    /**
     * A decimal ordered against the whole number {@code 0}: CEL compares a double with an int by {@code
     * Double.compare}, so {@code -0.0 < 0} holds and {@code -0.0 >= 0} does not (against {@code 0.0}, IEEE: both zeros
     * are equal).
     */
    @Test
    void negativeZeroOrderedAgainstWholeNumberZeroFollowsCel() {
        assertAgreesOnOneEnterprise(Map.of("d", -0.0), "d >= 0", "d < 0", "0 <= d", "!(d < 0)");
    }

    /**
     * A computed decimal that is NaN ({@code 0.0 / 0.0}) ordered against a whole number: CEL's {@code Double.compare}
     * ranks NaN above every number, so {@code rdSpend / revenue >= 0} and {@code > 5} are true and their negations
     * false.
     */
    @Test
    void nanQuotientOrderedAgainstWholeNumberFollowsCel() {
        assertAgreesOnOneEnterprise(
                Map.of("rdSpend", 0.0, "revenue", 0.0),
                "rdSpend / revenue >= 0",
                "rdSpend / revenue > 5",
                "!(rdSpend / revenue >= 0)",
                "rdSpend / revenue < 1");
    }

    /** Asserts matcher and CEL agree on each condition for the enterprise, both row by row and through the index. */
    private static void assertAgreesOnOneEnterprise(Map<String, Object> facts, String... conditions) {
        LocalDate today = LocalDate.of(2028, 2, 29);
        FactTable table = new FactTable(EdgeRegistry.SCHEMA);
        Matcher early = new Matcher(table, today);
        ClauseCompiler compiler = new ClauseCompiler(EdgeRegistry.SCHEMA);
        List<CompiledClause> clauses = new ArrayList<>();
        for (int c = 0; c < conditions.length; c++) {
            clauses.add(compiler.compile(ClauseDraft.of("Z" + c, conditions[c], "1")));
        }
        early.registerAll(clauses);
        for (int i = 0; i < ROWS; i++) {
            Map<String, Object> row = new HashMap<>(facts);
            row.put("i", (long) i);
            table.upsert("E" + i, row);
        }
        Matcher late = new Matcher(table, today);
        late.registerAll(clauses);
        CelOracle oracle = new CelOracle(table, today);
        oracle.assertAgrees(early, clauses, "e");
        oracle.assertAgrees(late, clauses, "e");
    }

    @Test
    void wholeNumberMembershipMatchesAtTheEndsOfLong() {
        LocalDate today = LocalDate.of(2028, 2, 29);
        FactTable table = new FactTable(EdgeRegistry.SCHEMA);
        long[] values = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (int i = 0; i < ROWS; i++) {
            table.upsert("E" + i, i % 9 == 8 ? Map.of() : Map.of("i", values[i % values.length]));
        }
        ClauseCompiler compiler = new ClauseCompiler(EdgeRegistry.SCHEMA);
        List<CompiledClause> clauses = List.of(
                compiler.compile(ClauseDraft.of("ENDS", "i in [-9223372036854775808, 9223372036854775807]", "i + 1")),
                compiler.compile(ClauseDraft.of("NOT", "!(i in [-9223372036854775808, 0, 9223372036854775807])", "1")),
                compiler.compile(ClauseDraft.of("OR", "i in [-1, 1] || i == 9223372036854775806", "double(i)")));
        Matcher matcher = new Matcher(table, today);
        matcher.registerAll(clauses);

        new CelOracle(table, today).assertAgrees(matcher, clauses, "e");
        long ends = 0;
        for (int i = 0; i < ROWS; i++) {
            long value = values[i % values.length];
            ends += i % 9 != 8 && (value == Long.MIN_VALUE || value == Long.MAX_VALUE) ? 1 : 0;
        }
        assertThat(matcher.total("ENDS").count()).isEqualTo(ends);
        assertThat(matcher.total("ENDS").amountUnknown())
                .as("i + 1 overflows for Long.MAX_VALUE")
                .isGreaterThan(0);
    }
}
