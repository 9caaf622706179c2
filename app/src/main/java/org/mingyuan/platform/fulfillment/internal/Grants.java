package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.GrantState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored awards granted without application (免申即享). A grant's stored state goes MATCHED → PUSHED → CONFIRMED
 * (or DECLINED); what follows is read from its case: FULFILLED once the case is paid, ARCHIVED once the case is
 * closed and rated or closed for {@link #ARCHIVE_AFTER}. Every change names the revision it was decided on.
 */
@Repository
public class Grants {

    /** How long after its case closed an unrated grant is archived. */
    public static final Duration ARCHIVE_AFTER = Duration.ofDays(30);

    private static final int BATCH = 1000;

    /**
     * Writes a grant unless the enterprise has one of the clause (of any version) it did not decline: one award per
     * enterprise and clause, and at most one per version however often or concurrently it is written (a unique key).
     */
    private static final String INSERT = "insert into fulfillment_grant (enterprise_id, credit_code, clause_id,"
            + " clause_version, policy_id, department, amount, state, created_at, updated_at, revision)"
            + " select ?, ?, ?, ?, ?, ?, cast(? as numeric(16, 2)), 'MATCHED', cast(? as timestamp with time zone),"
            + " cast(? as timestamp with time zone), 0 where not exists (select 1 from fulfillment_grant g"
            + " where g.enterprise_id = ? and g.clause_id = ? and g.state <> 'DECLINED') on conflict do nothing";

    /** The state as read: a confirmed grant follows its case. {@code :archived} is the latest closing archived. */
    private static final String STATE = "case when g.state = 'CONFIRMED' and c.closed_at is not null"
            + " and (r.id is not null or c.closed_at <= :archived) then 'ARCHIVED'"
            + " when g.state = 'CONFIRMED' and c.state = 'PAID' then 'FULFILLED' else g.state end";

    private static final String FROM = " from fulfillment_grant g left join fulfillment_case c on c.id = g.case_id"
            + " left join fulfillment_rating r on r.case_id = g.case_id";

    private static final String COLUMNS = "g.id, g.enterprise_id, g.credit_code, g.park_id, g.clause_id,"
            + " g.clause_version, g.policy_id, g.department, g.amount, " + STATE + " as read_state,"
            + " g.enterprise_confirmed_by, g.enterprise_confirmed_at, g.department_confirmed_by,"
            + " g.department_confirmed_at, g.case_id, g.created_at, g.updated_at, g.revision";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Grants(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A grant as stored, with its state as read. */
    public record Row(
            long id,
            long enterpriseId,
            String creditCode,
            @Nullable Long parkId,
            String clauseId,
            int clauseVersion,
            long policyId,
            String department,
            @Nullable BigDecimal amount,
            GrantState state,
            @Nullable String enterpriseConfirmedBy,
            @Nullable Instant enterpriseConfirmedAt,
            @Nullable String departmentConfirmedBy,
            @Nullable Instant departmentConfirmedAt,
            @Nullable Long caseId,
            Instant createdAt,
            Instant updatedAt,
            int revision) {}

    /** An enterprise newly matched to a clause version, with the amount the clause computes for it. */
    public record Match(long enterpriseId, String creditCode, BigDecimal amount) {}

    /**
     * Writes a MATCHED grant of the clause version for each of {@code matches} that has none, in JDBC batches; the
     * number written.
     */
    public int insertMatched(
            String clauseId, int version, long policyId, String department, List<Match> matches, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = template.batchUpdate(INSERT, matches, BATCH, (statement, match) -> {
            statement.setLong(1, match.enterpriseId());
            statement.setString(2, match.creditCode());
            statement.setString(3, clauseId);
            statement.setInt(4, version);
            statement.setLong(5, policyId);
            statement.setString(6, department);
            statement.setBigDecimal(7, match.amount());
            statement.setTimestamp(8, at);
            statement.setTimestamp(9, at);
            statement.setLong(10, match.enterpriseId());
            statement.setString(11, clauseId);
        });
        int written = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                written += count > 0 ? 1 : 0;
            }
        }
        return written;
    }

    /** The grants of the clause version still MATCHED (not told yet) among {@code enterpriseIds}. */
    public List<Row> matched(String clauseId, int version, Collection<Long> enterpriseIds, Instant now) {
        List<Row> rows = new ArrayList<>();
        List<Long> ids = List.copyOf(enterpriseIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            rows.addAll(jdbc.sql("select " + COLUMNS + FROM + " where g.clause_id = :clause and g.clause_version"
                            + " = :version and g.state = 'MATCHED' and g.enterprise_id in (:ids) order by g.id")
                    .param("clause", clauseId)
                    .param("version", version)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .param("archived", archived(now))
                    .query(Grants::row)
                    .list());
        }
        return rows;
    }

    /** Marks the MATCHED grants of {@code ids} PUSHED: their enterprises were told. */
    public void markPushed(List<Long> ids, Instant now) {
        Timestamp at = Timestamp.from(now);
        template.batchUpdate(
                "update fulfillment_grant set state = 'PUSHED', updated_at = ?, revision = revision + 1"
                        + " where id = ? and state = 'MATCHED'",
                ids,
                BATCH,
                (statement, id) -> {
                    statement.setTimestamp(1, at);
                    statement.setLong(2, id);
                });
    }

    /** The grant with this id, if any. */
    public Optional<Row> byId(long id, Instant now) {
        return jdbc.sql("select " + COLUMNS + FROM + " where g.id = :id")
                .param("id", id)
                .param("archived", archived(now))
                .query(Grants::row)
                .optional();
    }

    /**
     * Grants newest first, {@code limit} from {@code offset}: of the enterprise when {@code enterpriseId} is given, of
     * the departments when {@code departments} is, of every one when neither is; of one clause and one state as read
     * when those are given.
     */
    public List<Row> find(
            @Nullable Long enterpriseId,
            @Nullable Collection<String> departments,
            @Nullable String clauseId,
            @Nullable GrantState state,
            Instant now,
            int limit,
            int offset) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (enterpriseId != null) {
            where.append(" and g.enterprise_id = :enterprise");
        }
        if (departments != null) {
            where.append(" and g.department in (:departments)");
        }
        if (clauseId != null) {
            where.append(" and g.clause_id = :clause");
        }
        if (state != null) {
            where.append(" and ").append(STATE).append(" = :state");
        }
        var query = jdbc.sql("select " + COLUMNS + FROM + where + " order by g.id desc limit :limit offset :offset")
                .param("archived", archived(now))
                .param("limit", limit)
                .param("offset", offset);
        if (enterpriseId != null) {
            query = query.param("enterprise", enterpriseId);
        }
        if (departments != null) {
            query = query.param("departments", List.copyOf(departments));
        }
        if (clauseId != null) {
            query = query.param("clause", clauseId);
        }
        if (state != null) {
            query = query.param("state", state.name());
        }
        return query.query(Grants::row).list();
    }

    /** The PUSHED grants of a clause of the departments that wait for the department's confirmation, oldest first. */
    public List<Row> awaitingDepartment(Collection<String> departments, String clauseId, Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + FROM + " where g.department in (:departments) and g.clause_id = :clause"
                        + " and g.state = 'PUSHED' and g.department_confirmed_at is null order by g.id limit :limit")
                .param("departments", List.copyOf(departments))
                .param("clause", clauseId)
                .param("archived", archived(now))
                .param("limit", limit)
                .query(Grants::row)
                .list();
    }

    /**
     * How many grants of the departments each clause version holds in each state as read.
     *
     * @param waiting of those, the PUSHED ones the department has not confirmed yet
     */
    public record Count(String clauseId, int clauseVersion, GrantState state, long grants, long waiting) {}

    /** The counts of the departments' grants, by clause, version and state as read. */
    public List<Count> counts(Collection<String> departments, Instant now) {
        return jdbc.sql("select clause_id, clause_version, read_state, count(*), sum(waiting) from (select g.clause_id,"
                        + " g.clause_version, " + STATE + " as read_state, case when g.state = 'PUSHED' and"
                        + " g.department_confirmed_at is null then 1 else 0 end as waiting" + FROM
                        + " where g.department in (:departments)) x group by clause_id, clause_version, read_state"
                        + " order by clause_id, clause_version, read_state")
                .param("departments", List.copyOf(departments))
                .param("archived", archived(now))
                .query((rs, n) -> new Count(
                        rs.getString(1),
                        rs.getInt(2),
                        GrantState.valueOf(rs.getString(3)),
                        rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    /** Who confirms a grant before it becomes an award: the enterprise it serves and the clause's department. */
    public enum Confirmer {
        ENTERPRISE,
        DEPARTMENT;

        String columnPrefix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Records {@code confirmer}'s confirmation of a PUSHED grant still at {@code revision}; false when it changed. */
    public boolean confirmBy(Confirmer confirmer, long id, int revision, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        String who = confirmer.columnPrefix();
        return jdbc.sql("update fulfillment_grant set " + who + "_confirmed_by = ?, " + who + "_confirmed_at = ?,"
                                + " updated_at = ?, revision = revision + 1 where id = ? and revision = ?"
                                + " and state = 'PUSHED' and " + who + "_confirmed_at is null")
                        .params(actor, at, at, id, revision)
                        .update()
                > 0;
    }

    /** Declines a PUSHED grant still at {@code revision}; false when it changed. */
    public boolean decline(long id, int revision, String actor, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("update fulfillment_grant set state = 'DECLINED', declined_by = ?, declined_at = ?,"
                                + " updated_at = ?, revision = revision + 1 where id = ? and revision = ?"
                                + " and state = 'PUSHED'")
                        .params(actor, at, at, id, revision)
                        .update()
                > 0;
    }

    /**
     * Marks a PUSHED grant confirmed by both, still at {@code revision}, CONFIRMED with its approved case; false when it
     * changed.
     */
    public boolean confirm(long id, int revision, long caseId, @Nullable Long parkId, Instant now) {
        return jdbc.sql("update fulfillment_grant set state = 'CONFIRMED', case_id = ?, park_id = ?, updated_at = ?,"
                                + " revision = revision + 1 where id = ? and revision = ? and state = 'PUSHED'"
                                + " and enterprise_confirmed_at is not null and department_confirmed_at is not null")
                        .params(caseId, parkId, Timestamp.from(now), id, revision)
                        .update()
                > 0;
    }

    private static Timestamp archived(Instant now) {
        return Timestamp.from(now.minus(ARCHIVE_AFTER));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getString("credit_code"),
                rs.getObject("park_id", Long.class),
                rs.getString("clause_id"),
                rs.getInt("clause_version"),
                rs.getLong("policy_id"),
                rs.getString("department"),
                rs.getBigDecimal("amount"),
                GrantState.valueOf(rs.getString("read_state")),
                rs.getString("enterprise_confirmed_by"),
                instant(rs.getTimestamp("enterprise_confirmed_at")),
                rs.getString("department_confirmed_by"),
                instant(rs.getTimestamp("department_confirmed_at")),
                rs.getObject("case_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("revision"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp time) {
        return time == null ? null : time.toInstant();
    }
}
