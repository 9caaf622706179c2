package org.mingyuan.platform.evaluation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.Evaluation;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.EvaluationState;
import org.mingyuan.platform.evaluation.Panelist;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored evaluations with their parks and panels. */
@Repository
public class Evaluations {

    private static final String COLUMNS = "id, name, version_id, state, setup, illustrative, revision, created_by,"
            + " created_at, closed_by, closed_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Evaluations(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new evaluation in state SCORING with its parks and panel; returns its id. */
    public EvaluationId insert(
            String name,
            long versionId,
            EvaluationSetup setup,
            List<ParkId> parks,
            List<String> panel,
            boolean illustrative,
            String by,
            Instant at) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into eval_evaluation (name, version_id, state, setup, illustrative, created_by, created_at)"
                        + " values (?, ?, 'SCORING', ?, ?, ?, ?)")
                .params(name, versionId, write(setup), illustrative, by, Timestamp.from(at))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (int i = 0; i < parks.size(); i++) {
            jdbc.sql("insert into eval_evaluation_park (evaluation_id, park_id, position) values (?, ?, ?)")
                    .params(id, parks.get(i).value(), i)
                    .update();
        }
        for (String username : panel) {
            jdbc.sql("insert into eval_panel_member (evaluation_id, username) values (?, ?)")
                    .params(id, username)
                    .update();
        }
        return new EvaluationId(id);
    }

    /** The evaluation {@code id}, if it exists. */
    public Optional<Evaluation> get(long id) {
        return jdbc.sql("select " + COLUMNS + " from eval_evaluation where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Every evaluation, the newest first, at most {@code limit}. */
    public List<Evaluation> all(int limit) {
        return jdbc.sql("select " + COLUMNS + " from eval_evaluation order by id desc limit ?")
                .param(limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Replaces the set-up of an evaluation still in {@code state} at {@code revision}; false when it moved on. */
    public boolean setUp(long id, EvaluationSetup setup, EvaluationState state, int revision) {
        return jdbc.sql("update eval_evaluation set setup = ?, revision = revision + 1 where id = ? and state = ?"
                                + " and revision = ?")
                        .params(write(setup), id, state.name(), revision)
                        .update()
                > 0;
    }

    /** Moves an evaluation from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean move(long id, EvaluationState from, EvaluationState to, String by, Instant at) {
        String closing = to == EvaluationState.CLOSED ? ", closed_by = ?, closed_at = ?" : "";
        var query = jdbc.sql("update eval_evaluation set state = ?, revision = revision + 1" + closing
                + " where id = ? and state = ?");
        var params = to == EvaluationState.CLOSED
                ? List.<Object>of(to.name(), by, Timestamp.from(at), id, from.name())
                : List.<Object>of(to.name(), id, from.name());
        return query.params(params).update() > 0;
    }

    /** Records an official's decision on a panel member; false when the expert is not on the panel. */
    public boolean decide(long id, String username, Panelist.Decision decision, String note, String by, Instant at) {
        return jdbc.sql("update eval_panel_member set decision = ?, decision_note = ?, decided_by = ?, decided_at = ?"
                                + " where evaluation_id = ? and username = ?")
                        .params(decision.name(), note, by, Timestamp.from(at), id, username)
                        .update()
                > 0;
    }

    private Evaluation row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<ParkId> parks = jdbc.sql(
                        "select park_id from eval_evaluation_park where evaluation_id = ? order by position")
                .param(id)
                .query((r, n) -> new ParkId(r.getLong(1)))
                .list();
        List<Panelist> panel = jdbc.sql("select username, decision, decision_note, decided_by, decided_at"
                        + " from eval_panel_member where evaluation_id = ? order by username")
                .param(id)
                .query((r, n) -> new Panelist(
                        r.getString(1),
                        r.getString(2) == null ? null : Panelist.Decision.valueOf(r.getString(2)),
                        r.getString(3),
                        r.getString(4),
                        instant(r.getTimestamp(5))))
                .list();
        return new Evaluation(
                new EvaluationId(id),
                rs.getString("name"),
                rs.getLong("version_id"),
                EvaluationState.valueOf(rs.getString("state")),
                read(rs.getString("setup")),
                parks,
                panel,
                rs.getBoolean("illustrative"),
                rs.getInt("revision"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("closed_by"),
                instant(rs.getTimestamp("closed_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private String write(EvaluationSetup setup) {
        try {
            return json.writeValueAsString(setup);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("cannot write an evaluation's set-up", unwritable);
        }
    }

    private EvaluationSetup read(String setup) {
        try {
            return json.readValue(setup, EvaluationSetup.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a stored evaluation set-up cannot be read", unreadable);
        }
    }
}
