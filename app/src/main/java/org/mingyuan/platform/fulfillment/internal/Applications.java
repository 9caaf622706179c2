package org.mingyuan.platform.fulfillment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored applications, without their cases. */
@Repository
public class Applications {

    private static final String COLUMNS = "id, enterprise_id, credit_code, idempotency_key, note, contact_name,"
            + " contact_phone, submitted_by, submitted_at, request_sha256";

    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An application row. */
    public record Row(
            long id,
            long enterpriseId,
            String creditCode,
            String idempotencyKey,
            @Nullable String note,
            String contactName,
            String contactPhone,
            String submittedBy,
            Instant submittedAt,
            @Nullable String requestSha256) {}

    /**
     * Stores a new application and returns its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the enterprise filed one with this key already
     */
    public long insert(
            long enterpriseId,
            String creditCode,
            String key,
            @Nullable String note,
            String contactName,
            String contactPhone,
            String actor,
            Instant now,
            @Nullable String requestSha256) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into fulfillment_application (enterprise_id, credit_code, idempotency_key, note, contact_name,"
                                + " contact_phone, submitted_by, submitted_at, request_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        enterpriseId,
                        creditCode,
                        key,
                        note,
                        contactName,
                        contactPhone,
                        actor,
                        Timestamp.from(now),
                        requestSha256)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The enterprise's application filed with {@code key}, if any. */
    public Optional<Row> byKey(long enterpriseId, String key) {
        return jdbc.sql("select " + COLUMNS
                        + " from fulfillment_application where enterprise_id = ? and idempotency_key = ?")
                .params(enterpriseId, key)
                .query(Applications::row)
                .optional();
    }

    /** The application with this id, if any. */
    public Optional<Row> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_application where id = ?")
                .param(id)
                .query(Applications::row)
                .optional();
    }

    /** The enterprise's applications, newest first, at most {@code limit}. */
    public List<Row> ofEnterprise(long enterpriseId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_application where enterprise_id = ?"
                        + " order by id desc limit ?")
                .params(enterpriseId, limit)
                .query(Applications::row)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getString("credit_code"),
                rs.getString("idempotency_key"),
                rs.getString("note"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("request_sha256"));
    }
}
