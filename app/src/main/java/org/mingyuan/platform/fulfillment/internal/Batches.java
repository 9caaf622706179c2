package org.mingyuan.platform.fulfillment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.fulfillment.PayoutBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored payout batches and their cases. A batch is imported once: marking it is conditional on its not being. */
@Repository
public class Batches {

    private static final String COLUMNS = "id, department, created_by, created_at, imported_by, imported_at";

    private final JdbcClient jdbc;

    Batches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new batch of {@code caseIds} and returns its id. */
    public long insert(String department, String createdBy, Instant createdAt, List<Long> caseIds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fulfillment_payout_batch (department, created_by, created_at) values (?, ?, ?)")
                .params(department, createdBy, Timestamp.from(createdAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (long caseId : caseIds) {
            jdbc.sql("insert into fulfillment_payout_batch_case (batch_id, case_id) values (?, ?)")
                    .params(id, caseId)
                    .update();
        }
        return id;
    }

    /** The batch with this id, if any. */
    public Optional<PayoutBatch> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_payout_batch where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The batches of {@code departments}, newest first, at most {@code limit}. */
    public List<PayoutBatch> of(Collection<String> departments, int limit) {
        if (departments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from fulfillment_payout_batch where department in (:departments)"
                        + " order by id desc limit :limit")
                .param("departments", List.copyOf(departments))
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    /** Marks the batch imported; false when it was imported already. */
    public boolean markImported(long id, String importedBy, Instant importedAt) {
        return jdbc.sql("update fulfillment_payout_batch set imported_by = ?, imported_at = ? where id = ?"
                                + " and imported_at is null")
                        .params(importedBy, Timestamp.from(importedAt), id)
                        .update()
                > 0;
    }

    private PayoutBatch row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Timestamp imported = rs.getTimestamp("imported_at");
        return new PayoutBatch(
                id,
                rs.getString("department"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("imported_by"),
                imported == null ? null : imported.toInstant(),
                jdbc.sql("select case_id from fulfillment_payout_batch_case where batch_id = ? order by case_id")
                        .param(id)
                        .query(Long.class)
                        .list());
    }
}
