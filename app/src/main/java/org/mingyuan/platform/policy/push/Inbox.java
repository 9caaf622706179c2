package org.mingyuan.platform.policy.push;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored inbox messages (clause pushes and case steps) and the clauses enterprises applied for. */
@Repository
class Inbox {

    /** Longest stored title; a longer one is cut with an ellipsis. */
    static final int TITLE_LENGTH = 300;

    /** Longest stored list of lacking conditions, all lines together. */
    static final int LACKING_LENGTH = 4000;

    /** The columns {@link #row} reads, in its order; a query may select more after them. */
    static final String COLUMNS = "i.id, i.credit_code, i.clause_id, i.clause_version, i.policy_id, i.title_zh,"
            + " i.title_en, i.kind, i.estimated_amount, i.lacking, i.created_at, i.read_at, i.applied_at, m.state,"
            + " i.case_id, i.detail_zh, i.detail_en, i.link";

    /** How many columns {@link #COLUMNS} names. */
    static final int COLUMN_COUNT = 18;

    /** Longest stored detail of a case message, per language. */
    static final int DETAIL_LENGTH = 1000;

    /**
     * Writes one message unless the enterprise applied for the clause, already has this message, or (for a near miss)
     * was already told it qualifies for this version.
     */
    private static final String INSERT = "insert into policy_inbox (enterprise_id, credit_code, clause_id,"
            + " clause_version, policy_id, title_zh, title_en, kind, estimated_amount, lacking, push_batch, created_at)"
            + " select ?, ?, ?, ?, ?, ?, ?, ?, cast(? as numeric(16, 2)), ?, ?, cast(? as timestamp with time zone)"
            + " where not exists (select 1 from policy_push_suppressed s where s.enterprise_id = ? and s.clause_id = ?)"
            + " and not exists (select 1 from policy_inbox e where ? = 'NEAR_MISS' and e.enterprise_id = ?"
            + " and e.clause_id = ? and e.clause_version = ? and e.kind = 'NEWLY_ELIGIBLE')"
            + " on conflict do nothing";

    private static final int BATCH = 1000;

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    Inbox(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /** Writes the messages of {@code requests} in JDBC batches, tagged with {@code batch}; the number written. */
    int insert(List<PushRequest> requests, String batch, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = template.batchUpdate(INSERT, requests, BATCH, (statement, request) -> {
            var clause = request.clause();
            String kind = request.kind().code();
            statement.setLong(1, request.enterprise().value());
            statement.setString(2, request.creditCode());
            statement.setString(3, clause.clauseId());
            statement.setInt(4, clause.version());
            statement.setLong(5, clause.policyId());
            statement.setString(6, cut(clause.titleZh(), TITLE_LENGTH));
            statement.setString(7, cut(clause.titleEn(), TITLE_LENGTH));
            statement.setString(8, kind);
            if (request.estimatedAmount() == null) {
                statement.setNull(9, Types.NUMERIC);
            } else {
                statement.setBigDecimal(9, request.estimatedAmount());
            }
            String lacking = lacking(request.kind());
            if (lacking == null) {
                statement.setNull(10, Types.VARCHAR);
            } else {
                statement.setString(10, lacking);
            }
            statement.setString(11, batch);
            statement.setTimestamp(12, at);
            statement.setLong(13, request.enterprise().value());
            statement.setString(14, clause.clauseId());
            statement.setString(15, kind);
            statement.setLong(16, request.enterprise().value());
            statement.setString(17, clause.clauseId());
            statement.setInt(18, clause.version());
        });
        return Arrays.stream(counts)
                .flatMapToInt(Arrays::stream)
                .map(n -> n > 0 ? 1 : 0)
                .sum();
    }

    /**
     * Writes the message about one step of a case, tagged with {@code batch}; false when the step's message exists
     * already.
     */
    boolean insert(CaseNotice notice, String batch, Instant now) {
        return jdbc.sql("insert into policy_inbox (enterprise_id, credit_code, clause_id, clause_version, policy_id,"
                                + " title_zh, title_en, kind, push_batch, created_at, case_id, case_step, detail_zh,"
                                + " detail_en) values (?, ?, ?, ?, ?, ?, ?, 'CASE', ?, ?, ?, ?, ?, ?)"
                                + " on conflict do nothing")
                        .params(
                                notice.enterprise().value(),
                                notice.creditCode(),
                                notice.clauseId(),
                                notice.clauseVersion(),
                                notice.policyId(),
                                cut(notice.titleZh(), TITLE_LENGTH),
                                cut(notice.titleEn(), TITLE_LENGTH),
                                batch,
                                Timestamp.from(now),
                                notice.caseId(),
                                notice.stepId(),
                                cut(flat(notice.detailZh()), DETAIL_LENGTH),
                                cut(flat(notice.detailEn()), DETAIL_LENGTH))
                        .update()
                > 0;
    }

    /** Writes a notice; false when the enterprise has the notice with its key already. */
    boolean insert(Notice notice, String batch, Instant now) {
        return jdbc.sql("insert into policy_inbox (enterprise_id, credit_code, clause_id, clause_version, policy_id,"
                                + " title_zh, title_en, kind, push_batch, created_at, detail_zh, detail_en, link)"
                                + " values (?, ?, ?, 0, 0, ?, ?, 'NOTICE', ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(
                                notice.enterprise().value(),
                                notice.creditCode(),
                                notice.key(),
                                cut(notice.titleZh(), TITLE_LENGTH),
                                cut(notice.titleEn(), TITLE_LENGTH),
                                batch,
                                Timestamp.from(now),
                                cut(flat(notice.textZh()), DETAIL_LENGTH),
                                cut(flat(notice.textEn()), DETAIL_LENGTH),
                                notice.link())
                        .update()
                > 0;
    }

    /** The enterprise's messages, newest first, {@code size} from {@code offset}. */
    List<InboxMessage> of(long enterpriseId, int offset, int size) {
        return jdbc.sql("select " + COLUMNS + " from policy_inbox i left join policy_mail m on m.inbox_id = i.id"
                        + " where i.enterprise_id = ? order by i.id desc limit ? offset ?")
                .params(enterpriseId, size, offset)
                .query(Inbox::row)
                .list();
    }

    /** How many messages the enterprise has, and how many of them are unread. */
    Counts counts(long enterpriseId) {
        return jdbc.sql("select count(*), count(*) - count(read_at) from policy_inbox where enterprise_id = ?")
                .param(enterpriseId)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** A count of messages and of the unread among them. */
    record Counts(long total, long unread) {}

    /** Marks the enterprise's message read; false when it has no such message. Reading it again keeps the first. */
    boolean markRead(long enterpriseId, long id, Instant now) {
        int found = jdbc.sql(
                        "update policy_inbox set read_at = coalesce(read_at, ?) where id = ? and enterprise_id = ?")
                .params(Timestamp.from(now), id, enterpriseId)
                .update();
        return found > 0;
    }

    /**
     * Records that the enterprise applied for the clause under {@code version}: its messages about the clause are
     * marked, their e-mails not yet sent are cancelled, and no later version is pushed to it.
     */
    void markApplied(long enterpriseId, String clauseId, int version, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql("insert into policy_push_suppressed (enterprise_id, clause_id, clause_version, reason, since)"
                        + " values (?, ?, ?, 'APPLIED', ?) on conflict do nothing")
                .params(enterpriseId, clauseId, version, at)
                .update();
        jdbc.sql("update policy_inbox set applied_at = ? where enterprise_id = ? and clause_id = ?"
                        + " and applied_at is null and kind <> 'CASE'")
                .params(at, enterpriseId, clauseId)
                .update();
        jdbc.sql("update policy_mail set state = 'CANCELLED', claimed_by = null, claimed_until = null"
                        + " where state = 'QUEUED' and inbox_id in (select id from policy_inbox"
                        + " where enterprise_id = ? and clause_id = ? and kind <> 'CASE')")
                .params(enterpriseId, clauseId)
                .update();
    }

    private static @Nullable String lacking(PushKind kind) {
        if (!(kind instanceof PushKind.NearMiss nearMiss)) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        for (String line : nearMiss.lacking()) {
            String flat = line.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
            if (!flat.isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(flat);
            }
        }
        return cut(lines.toString(), LACKING_LENGTH);
    }

    private static String flat(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    static InboxMessage row(ResultSet rs, int n) throws SQLException {
        String lacking = rs.getString(10);
        BigDecimal amount = rs.getBigDecimal(9);
        return new InboxMessage(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                amount,
                lacking == null ? List.of() : List.of(lacking.split("\n")),
                rs.getTimestamp(11).toInstant(),
                instant(rs.getTimestamp(12)),
                instant(rs.getTimestamp(13)),
                rs.getString(14),
                rs.getObject(15, Long.class),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
