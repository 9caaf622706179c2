package org.mingyuan.platform.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored move-in requests. */
@Repository
public class MoveInRequests {

    private static final String COLUMNS =
            "id, credit_code, park_id, requested_by, requested_at, state, decided_by, decided_at";

    private final JdbcClient jdbc;

    MoveInRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One request as stored. */
    public record Stored(
            long id,
            String creditCode,
            long parkId,
            String requestedBy,
            Instant requestedAt,
            String state,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}

    /** Stores a pending request and returns its id. */
    public long insert(String creditCode, long parkId, String requestedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into move_in_request (credit_code, park_id, requested_by, requested_at, state)"
                        + " values (?, ?, ?, ?, 'PENDING')")
                .params(creditCode, parkId, requestedBy, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The pending request for this firm and park, if any. */
    public Optional<Stored> pending(String creditCode, long parkId) {
        return jdbc.sql("select " + COLUMNS + " from move_in_request where credit_code = ? and park_id = ?"
                        + " and state = 'PENDING'")
                .params(creditCode, parkId)
                .query(MoveInRequests::row)
                .optional();
    }

    /** The request with this id, locked until the transaction ends. */
    public Optional<Stored> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from move_in_request where id = ? for update")
                .param(id)
                .query(MoveInRequests::row)
                .optional();
    }

    /** Requests into a park, or about a firm, or all (both null), newest first, at most 500. */
    public List<Stored> list(@Nullable Long parkId, @Nullable String creditCode) {
        String where = parkId != null ? " where park_id = ?" : creditCode != null ? " where credit_code = ?" : "";
        var sql = jdbc.sql("select " + COLUMNS + " from move_in_request" + where + " order by id desc limit 500");
        if (parkId != null) {
            sql = sql.param(parkId);
        } else if (creditCode != null) {
            sql = sql.param(creditCode);
        }
        return sql.query(MoveInRequests::row).list();
    }

    /** Records the decision on a pending request. */
    public void decide(long id, String state, String decidedBy) {
        jdbc.sql("update move_in_request set state = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(state, decidedBy, Timestamp.from(Instant.now()), id)
                .update();
    }

    private static Stored row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp(8);
        return new Stored(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getString(7),
                decided == null ? null : decided.toInstant());
    }
}
