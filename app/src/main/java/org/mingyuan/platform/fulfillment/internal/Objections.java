package org.mingyuan.platform.fulfillment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Objection;
import org.mingyuan.platform.fulfillment.ObjectionOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored objections to awards on public notice. An answer is given once: a second finds it answered. */
@Repository
public class Objections {

    private static final String COLUMNS = "id, case_id, text, objector_name, objector_contact, lodged_at, outcome,"
            + " answer, answered_by, answered_at";

    private final JdbcClient jdbc;

    Objections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new objection to case {@code caseId} and returns it. */
    public Objection insert(
            long caseId, String text, @Nullable String name, @Nullable String contact, Instant lodgedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fulfillment_objection (case_id, text, objector_name, objector_contact, lodged_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(caseId, text, name, contact, Timestamp.from(lodgedAt))
                .update(keys, "id");
        return new Objection(
                keys.getKeyAs(Number.class).longValue(), caseId, text, name, contact, lodgedAt, null, null, null, null);
    }

    /** The objection with this id to case {@code caseId}, if any. */
    public Optional<Objection> byId(long caseId, long id) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_objection where id = ? and case_id = ?")
                .params(id, caseId)
                .query(Objections::row)
                .optional();
    }

    /** The objections to a case, in the order lodged. */
    public List<Objection> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_objection where case_id = ? order by id")
                .param(caseId)
                .query(Objections::row)
                .list();
    }

    /** How many objections to a case wait for an answer. */
    public int open(long caseId) {
        return jdbc.sql("select count(*) from fulfillment_objection where case_id = ? and outcome is null")
                .param(caseId)
                .query(Integer.class)
                .single();
    }

    /** Answers an objection not answered yet; false when it was answered meanwhile. */
    public boolean answer(long id, ObjectionOutcome outcome, String answer, String by, Instant at) {
        return jdbc.sql("update fulfillment_objection set outcome = ?, answer = ?, answered_by = ?, answered_at = ?"
                                + " where id = ? and outcome is null")
                        .params(outcome.name(), answer, by, Timestamp.from(at), id)
                        .update()
                > 0;
    }

    private static Objection row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Objection(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("text"),
                rs.getString("objector_name"),
                rs.getString("objector_contact"),
                rs.getTimestamp("lodged_at").toInstant(),
                outcome == null ? null : ObjectionOutcome.valueOf(outcome),
                rs.getString("answer"),
                rs.getString("answered_by"),
                answered == null ? null : answered.toInstant());
    }
}
