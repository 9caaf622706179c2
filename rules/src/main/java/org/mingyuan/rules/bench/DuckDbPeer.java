package org.mingyuan.rules.bench;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.match.Totals;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.FactType;
import org.mingyuan.rules.synth.SyntheticClause;
import org.mingyuan.rules.synth.SyntheticRegistry;

/**
 * The benchmark's DuckDB peer: the same registry in an in-process, in-memory DuckDB (one table, one column per fact),
 * and one SQL query per clause, written by the clause generator beside its CEL, for the eligible count and for the
 * totals grouped by a fact; the answers are compared with the matcher's.
 *
 * <p>The semantics are the engine's: a missing fact is {@code NULL}, so a comparison over it is unknown and only a
 * condition that is exactly true makes a firm eligible; a clause outside its validity window matches nobody; the
 * amount is the clause's amount, negative becomes 0, the cap applies, and a missing or non-finite amount counts as
 * unknown, not 0 (as {@code Amounts.finish} and {@code Totals}). Nothing is downloaded: DuckDB's extension autoloading
 * is off.
 */
final class DuckDbPeer implements AutoCloseable {

    /** The fact the benchmark groups totals by. */
    static final String GROUP = "chainSegment";

    private static final String TABLE = "firms";
    private static final double RELATIVE_TOLERANCE = 1e-6;

    private final DuckDBConnection connection;
    private final LocalDate evaluationDate;

    /** The matcher's timings the peer's are set against, in nanoseconds. */
    record MatcherTimes(long tableBuild, long fullMatch, long totalsByGroup) {}

    /** How many clauses the peer and the matcher answer differently. */
    record Disagreements(long counts, long totals) {

        boolean none() {
            return counts == 0 && totals == 0;
        }
    }

    /** Opens an in-memory DuckDB using {@code threads} threads, evaluating dates against {@code evaluationDate}. */
    DuckDbPeer(int threads, LocalDate evaluationDate) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("threads", Integer.toString(threads));
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        this.connection =
                DriverManager.getConnection("jdbc:duckdb:", properties).unwrap(DuckDBConnection.class);
        this.evaluationDate = evaluationDate;
        defineFunctions();
    }

    /**
     * Defines the functions of the generated SQL: {@code years_since(date)} counts whole years to the evaluation date
     * as {@code java.time.Period} does (months between, one less when the day of month is not reached, truncated to
     * years), {@code cel_min}/{@code cel_max} follow {@code Math.min}/{@code Math.max} ({@code NULL} when either side
     * is, where DuckDB's {@code least} would skip it; NaN when either side is NaN).
     */
    private void defineFunctions() throws SQLException {
        long month = evaluationDate.getYear() * 12L + evaluationDate.getMonthValue();
        int day = evaluationDate.getDayOfMonth();
        String months = "(" + month + " - (year(d) * 12 + month(d)))";
        String days = "(" + day + " - day(d))";
        execute("CREATE MACRO cel_period_months(d) AS CASE WHEN " + months + " > 0 AND " + days + " < 0 THEN " + months
                + " - 1 WHEN " + months + " < 0 AND " + days + " > 0 THEN " + months + " + 1 ELSE " + months + " END");
        // DuckDB's // on integers truncates toward zero, as Java's / does.
        execute("CREATE MACRO years_since(d) AS cel_period_months(d) // 12");
        for (String name : List.of("min", "max")) {
            execute("CREATE MACRO cel_" + name + "(a, b) AS CASE WHEN a IS NULL OR b IS NULL THEN NULL"
                    + " WHEN isnan(a) OR isnan(b) THEN 'NaN'::DOUBLE WHEN a " + (name.equals("min") ? "<=" : ">=")
                    + " b THEN a ELSE b END");
        }
    }

    /** Returns the number of threads DuckDB runs queries on. */
    int threads() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('threads')")) {
            result.next();
            return result.getInt(1);
        }
    }

    /**
     * Creates the table (enumerations as DuckDB enums, sets as {@code VARCHAR[]}, dates as {@code DATE}) and appends
     * enterprises {@code 0 … enterprises-1} of the registry through the Appender, in the batches the matcher's table
     * was loaded from; returns the nanoseconds spent creating and appending, generating the batches left out.
     */
    long load(FactSchema schema, SyntheticRegistry registry, int enterprises) throws SQLException {
        long start = System.nanoTime();
        StringBuilder columns = new StringBuilder("key VARCHAR");
        for (Fact fact : schema.facts()) {
            if (fact.type() == FactType.ENUMERATION) {
                execute("CREATE TYPE enum_" + fact.name() + " AS ENUM ("
                        + fact.values().stream().map(DuckDbPeer::text).collect(Collectors.joining(", ")) + ")");
            }
            columns.append(", ").append(fact.name()).append(' ').append(sqlType(fact));
        }
        execute("CREATE TABLE " + TABLE + " (" + columns + ")");
        List<Fact> facts = List.copyOf(schema.facts());
        long generating = 0;
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (int from = 0; from < enterprises; from += BenchCommand.BATCH) {
                long generated = System.nanoTime();
                Map<String, Map<String, Object>> batch =
                        registry.batch(from, Math.min(enterprises, from + BenchCommand.BATCH));
                generating += System.nanoTime() - generated;
                for (Map.Entry<String, Map<String, Object>> enterprise : batch.entrySet()) {
                    appender.beginRow().append(enterprise.getKey());
                    for (Fact fact : facts) {
                        append(appender, fact, enterprise.getValue().get(fact.name()));
                    }
                    appender.endRow();
                }
            }
        }
        return System.nanoTime() - start - generating;
    }

    private static String sqlType(Fact fact) {
        return switch (fact.type()) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DOUBLE";
            case DATE -> "DATE";
            case TEXT -> "VARCHAR";
            case ENUMERATION -> "enum_" + fact.name();
            case TEXT_SET -> "VARCHAR[]";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    private static void append(DuckDBAppender appender, Fact fact, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
            return;
        }
        switch (fact.type()) {
            case INTEGER -> appender.append(((Number) value).longValue());
            case DECIMAL -> appender.append(((Number) value).doubleValue());
            case DATE -> appender.append((LocalDate) value);
            case TEXT, ENUMERATION -> appender.append((String) value);
            case TEXT_SET -> appender.append((Collection<?>) value);
            case BOOLEAN -> appender.append((boolean) (Boolean) value);
        }
    }

    /** Returns the eligible count of every clause with SQL, by clause id, one query per clause. */
    Map<String, Long> eligibleCounts(List<SyntheticClause> clauses) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (SyntheticClause clause : clauses) {
                if (clause.hasSql()) {
                    try (ResultSet result =
                            statement.executeQuery("SELECT count(*) FROM " + TABLE + " WHERE " + where(clause))) {
                        result.next();
                        counts.put(clause.id(), result.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /**
     * Returns, for every clause with SQL, count, known amount total and amount-unknown count of its eligible firms per
     * value of the enumeration {@code fact} ({@code ""} for missing), one query per clause.
     */
    Map<String, Map<String, Totals>> totalsBy(List<SyntheticClause> clauses, String fact) throws SQLException {
        Map<String, Map<String, Totals>> totals = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (SyntheticClause clause : clauses) {
                if (!clause.hasSql()) {
                    continue;
                }
                String query = "SELECT coalesce(CAST(" + fact + " AS VARCHAR), '') AS grp, count(*),"
                        + " coalesce(sum(amount), 0), count(*) - count(amount)"
                        + " FROM (SELECT " + fact + ", " + finished(clause) + " AS amount"
                        + " FROM (SELECT " + fact + ", CAST((" + clause.sqlAmount() + ") AS DOUBLE) AS raw"
                        + " FROM " + TABLE + " WHERE " + where(clause) + "))"
                        + " GROUP BY grp";
                Map<String, Totals> groups = new TreeMap<>();
                try (ResultSet result = statement.executeQuery(query)) {
                    while (result.next()) {
                        groups.put(
                                result.getString(1),
                                new Totals(result.getLong(2), result.getDouble(3), result.getLong(4)));
                    }
                }
                totals.put(clause.id(), groups);
            }
        }
        return totals;
    }

    /** The clause's condition, or {@code FALSE} outside its validity window (where it matches nobody). */
    private String where(SyntheticClause clause) {
        return clause.draft().isValidOn(evaluationDate) ? "(" + clause.sqlWhere() + ")" : "FALSE";
    }

    /** {@code Amounts.finish} over the column {@code raw}: non-finite is unknown, negative 0, then the cap. */
    private static String finished(SyntheticClause clause) {
        Double cap = clause.draft().cap();
        String floored = "greatest(raw, 0.0::DOUBLE)";
        String capped = cap == null ? floored : "least(" + floored + ", " + Double.toString(cap) + "::DOUBLE)";
        return "CASE WHEN isfinite(raw) THEN " + capped + " END";
    }

    /**
     * Counts the clauses whose eligible count, and those whose totals by {@code fact}, differ from the matcher's: counts
     * exactly, amounts within a relative 1e-6 (the sums run in another order).
     */
    static Disagreements compare(
            Matcher matcher, Map<String, Long> counts, Map<String, Map<String, Totals>> totals, String fact) {
        long countDisagreements = counts.entrySet().stream()
                .filter(e -> matcher.eligibleRows(e.getKey()).getLongCardinality() != e.getValue())
                .count();
        long totalsDisagreements = totals.entrySet().stream()
                .filter(e -> !same(matcher.totalsBy(e.getKey(), fact), e.getValue()))
                .count();
        return new Disagreements(countDisagreements, totalsDisagreements);
    }

    private static boolean same(Map<String, Totals> matcher, Map<String, Totals> peer) {
        if (!matcher.keySet().equals(peer.keySet())) {
            return false;
        }
        return matcher.entrySet().stream().allMatch(e -> same(e.getValue(), peer.get(e.getKey())));
    }

    private static boolean same(Totals a, Totals b) {
        return a.count() == b.count()
                && a.amountUnknown() == b.amountUnknown()
                && Math.abs(a.amount() - b.amount())
                        <= RELATIVE_TOLERANCE * Math.max(Math.abs(a.amount()), Math.abs(b.amount()));
    }

    /**
     * Runs the peer for the benchmark on the registry the matcher holds (before any update) and prints its figures: the
     * load, one count query per clause, one grouped totals query per clause, the disagreements with the matcher and
     * the ratios to the matcher's timings. DuckDB runs on as many threads as the matcher's parallel streams.
     */
    static void bench(
            FactSchema schema,
            SyntheticRegistry registry,
            int enterprises,
            LocalDate evaluationDate,
            List<SyntheticClause> clauses,
            Matcher matcher,
            MatcherTimes times)
            throws SQLException {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        try (DuckDbPeer peer = new DuckDbPeer(threads, evaluationDate)) {
            print("duckdb_threads", peer.threads(), "");
            long load = peer.load(schema, registry, enterprises);
            print("duckdb_load", millis(load), "ms");
            long skipped = clauses.stream().filter(c -> !c.hasSql()).count();
            print("duckdb_clauses", clauses.size() - skipped, "");
            print("duckdb_skipped_clauses", skipped, "");
            long start = System.nanoTime();
            Map<String, Long> counts = peer.eligibleCounts(clauses);
            long fullMatch = System.nanoTime() - start;
            print("duckdb_full_match", millis(fullMatch), "ms");
            start = System.nanoTime();
            Map<String, Map<String, Totals>> totals = peer.totalsBy(clauses, GROUP);
            long totalsByGroup = System.nanoTime() - start;
            print("duckdb_totals_by_group", millis(totalsByGroup), "ms");
            Disagreements disagreements = compare(matcher, counts, totals, GROUP);
            print("duckdb_count_disagreements", disagreements.counts(), "");
            print("duckdb_totals_disagreements", disagreements.totals(), "");
            print("duckdb_identical", disagreements.none() ? "yes" : "NO", "");
            print("speedup_vs_duckdb_match", ratio(fullMatch, times.fullMatch()), "x");
            print("speedup_vs_duckdb_totals", ratio(totalsByGroup, times.totalsByGroup()), "x");
            print("duckdb_load_ratio", ratio(load, times.tableBuild()), "x");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String ratio(long numerator, long denominator) {
        return String.format("%.2f", numerator / (double) Math.max(1, denominator));
    }

    private static String millis(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    private static void print(String name, Object value, String unit) {
        System.out.println(name + ": " + value + (unit.isEmpty() ? "" : " " + unit));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
