package org.mingyuan.platform.policy.push;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail queue in the database, so that any instance can drain it. An instance claims due messages with
 * {@code select ... for update skip locked} (PostgreSQL, and H2 2.x alike) and marks them {@code SENDING} under its
 * name until a lease ends, so two instances never hold one message at once; every later change is made only by the
 * instance holding the claim.
 */
@Repository
class MailQueue {

    private static final int ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    MailQueue(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** One claimed message with what its e-mail says and where it goes now. */
    record Outgoing(
            long id,
            int attempts,
            InboxMessage message,
            @Nullable String email,
            boolean emailEnabled) {}

    /**
     * Queues an e-mail for each message written in {@code batch} whose enterprise has e-mail on and an address; the
     * number queued.
     */
    int enqueue(String batch, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql(
                        "insert into policy_mail (inbox_id, state, recipient, attempts, next_attempt_at, created_at)"
                                + " select i.id, 'QUEUED', s.email, 0, ?, ? from policy_inbox i"
                                + " join policy_notification_setting s on s.enterprise_id = i.enterprise_id"
                                + " where i.push_batch = ? and s.email_enabled = true and s.email is not null"
                                + " and (i.kind in ('NEWLY_ELIGIBLE', 'GRANT', 'CASE', 'NOTICE') or s.email_near_misses = true)")
                .params(at, at, batch)
                .update();
    }

    /**
     * Claims up to {@code limit} messages that are due, or whose last claim lapsed, for {@code instance} until
     * {@code now + lease}, counting the attempt; the claimed messages, oldest first.
     */
    List<Outgoing> claim(String instance, int limit, Instant now, Duration lease) {
        List<Long> ids = transaction.execute(status -> {
            Timestamp at = Timestamp.from(now);
            List<Long> due = jdbc.sql(
                            "select id from policy_mail where (state = 'QUEUED' and next_attempt_at <= ?)"
                                    + " or (state = 'SENDING' and claimed_until < ?) order by id limit ? for update skip locked")
                    .params(at, at, limit)
                    .query(Long.class)
                    .list();
            if (!due.isEmpty()) {
                // the condition repeats the select's: a database that let another claim slip through the lock
                // still never gives one message to two instances
                jdbc.sql("update policy_mail set state = 'SENDING', claimed_by = :instance, claimed_until = :until,"
                                + " attempts = attempts + 1 where id in (:ids) and (state = 'QUEUED'"
                                + " or (state = 'SENDING' and claimed_until < :now))")
                        .param("instance", instance)
                        .param("until", Timestamp.from(now.plus(lease)))
                        .param("now", at)
                        .param("ids", due)
                        .update();
            }
            return due;
        });
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        int next = Inbox.COLUMN_COUNT;
        return jdbc.sql("select " + Inbox.COLUMNS + ", m.id, m.attempts, s.email, s.email_enabled from policy_mail m"
                        + " join policy_inbox i on i.id = m.inbox_id"
                        + " left join policy_notification_setting s on s.enterprise_id = i.enterprise_id"
                        + " where m.id in (:ids) and m.claimed_by = :instance order by m.id")
                .param("ids", ids)
                .param("instance", instance)
                .query((rs, n) -> new Outgoing(
                        rs.getLong(next + 1),
                        rs.getInt(next + 2),
                        Inbox.row(rs, n),
                        rs.getString(next + 3),
                        rs.getBoolean(next + 4)))
                .list();
    }

    /** Records the message sent to {@code recipient}; false when {@code instance} no longer held it. */
    boolean sent(long id, String instance, String recipient, Instant now) {
        return jdbc.sql("update policy_mail set state = 'SENT', recipient = ?, sent_at = ?, last_error = null,"
                                + " claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                        .params(recipient, Timestamp.from(now), id, instance)
                        .update()
                > 0;
    }

    /** Puts the message back in the queue, due again at {@code next}; false when {@code instance} no longer held it. */
    boolean retry(long id, String instance, String error, Instant next) {
        return jdbc.sql("update policy_mail set state = 'QUEUED', next_attempt_at = ?, last_error = ?,"
                                + " claimed_by = null, claimed_until = null where id = ? and claimed_by = ?")
                        .params(Timestamp.from(next), cut(error), id, instance)
                        .update()
                > 0;
    }

    /** Gives the message up as {@code FAILED} or {@code CANCELLED}; false when {@code instance} no longer held it. */
    boolean close(long id, String instance, String state, @Nullable String error) {
        return jdbc.sql("update policy_mail set state = ?, last_error = ?, claimed_by = null, claimed_until = null"
                                + " where id = ? and claimed_by = ?")
                        .params(state, error == null ? null : cut(error), id, instance)
                        .update()
                > 0;
    }

    private static String cut(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }
}
