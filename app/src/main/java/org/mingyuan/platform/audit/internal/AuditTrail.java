package org.mingyuan.platform.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored audit events; append-only. */
@Repository
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit event. */
    public record AuditEvent(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            @Nullable String target,
            String outcome,
            @Nullable String detail,
            @Nullable String remoteAddress) {}

    /** Appends an event that happened now. */
    public void record(
            String actor,
            String action,
            @Nullable String target,
            String outcome,
            @Nullable String detail,
            @Nullable String remoteAddress) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, target, outcome, detail, remote_addr)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(Instant.now()),
                        clip(actor, 60),
                        action,
                        clip(target, 200),
                        outcome,
                        clip(detail, 1000),
                        clip(remoteAddress, 64))
                .update();
    }

    /** Up to {@code limit} events older than {@code beforeId} (all when null), newest first. */
    public List<AuditEvent> page(@Nullable Long beforeId, int limit) {
        return jdbc.sql("select id, occurred_at, actor, action, target, outcome, detail, remote_addr from audit_event"
                        + " where id < ? order by id desc limit ?")
                .params(beforeId == null ? Long.MAX_VALUE : beforeId, limit)
                .query((rs, row) -> new AuditEvent(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
