package org.mingyuan.rules.synth;

import java.util.Objects;
import org.mingyuan.rules.clause.ClauseDraft;

/**
 * A generated clause together with the same clause in SQL, written by the generator from the same random draws (not
 * translated from the compiled CEL), for the benchmark's DuckDB peer.
 *
 * <p>The SQL is DuckDB's, over a table with one column per fact named as the fact (enumerations and text as text, sets
 * as {@code VARCHAR[]}, dates as {@code DATE}, a missing fact {@code NULL}); besides DuckDB's own functions it may call
 * {@code years_since(date)} (whole years to the evaluation date, as {@code java.time.Period} counts them) and
 * {@code cel_min(a, b)} / {@code cel_max(a, b)} ({@code NULL} when either side is, NaN when either side is NaN), which
 * the peer defines. SQL's three-valued logic is the engine's: a comparison over {@code NULL} is unknown, and only a
 * condition that is exactly true makes a firm eligible. Cap and validity window are the draft's, applied by the peer.
 *
 * @param draft the clause in CEL
 * @param sqlWhere the eligibility as an SQL condition, or null when SQL cannot express the clause
 * @param sqlAmount the raw amount (before the floor at 0 and the cap) as an SQL expression, or null likewise
 */
public record SyntheticClause(ClauseDraft draft, String sqlWhere, String sqlAmount) {

    /** Checks that the draft is present and that the SQL is either complete or absent. */
    public SyntheticClause {
        Objects.requireNonNull(draft, "draft");
        if ((sqlWhere == null) != (sqlAmount == null)) {
            throw new IllegalArgumentException("clause " + draft.id() + " has half of its SQL");
        }
    }

    /** Returns a clause SQL cannot express. */
    public static SyntheticClause withoutSql(ClauseDraft draft) {
        return new SyntheticClause(draft, null, null);
    }

    /** Tells whether the clause has SQL. */
    public boolean hasSql() {
        return sqlWhere != null;
    }

    /** Returns the clause id. */
    public String id() {
        return draft.id();
    }
}
