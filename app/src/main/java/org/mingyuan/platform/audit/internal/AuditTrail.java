package org.mingyuan.platform.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored audit events; append-only. */
@Repository
public class AuditTrail {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
            AuditAction action,
            @Nullable String target,
            String outcome,
            @Nullable String detail,
            @Nullable String remoteAddress) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, target, outcome, detail, remote_addr)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(Instant.now()),
                        clip(actor, 60),
                        action.name(),
                        clip(target, 200),
                        outcome,
                        clip(detail, 1000),
                        clip(remoteAddress, 64))
                .update();
    }

    /**
     * What to show: events by {@code actor}, of {@code action}, on or after {@code from} and on or before
     * {@code to} (calendar days in China Standard Time); a null part does not filter.
     */
    public record AuditQuery(
            @Nullable String actor,
            @Nullable AuditAction action,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {

        /** Every event. */
        public static AuditQuery all() {
            return new AuditQuery(null, null, null, null);
        }
    }

    /** Up to {@code limit} events matching {@code query} older than {@code beforeId} (all when null), newest first. */
    public List<AuditEvent> page(AuditQuery query, @Nullable Long beforeId, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(beforeId == null ? Long.MAX_VALUE : beforeId);
        StringBuilder where = new StringBuilder(" where id < ?");
        if (query.actor() != null) {
            where.append(" and actor = ?");
            params.add(query.actor());
        }
        if (query.action() != null) {
            where.append(" and action = ?");
            params.add(query.action().name());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(CHINA).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        params.add(limit);
        return jdbc.sql("select id, occurred_at, actor, action, target, outcome, detail, remote_addr from audit_event"
                        + where + " order by id desc limit ?")
                .params(params)
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
