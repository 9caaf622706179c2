package org.mingyuan.platform.policy.push;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.registry.EnterpriseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers notifications (送达) about clause versions and about the steps of enterprises' cases: each writes an inbox
 * message and, unless the enterprise turned e-mail off or gave no address, queues an e-mail that a {@link MailDrain}
 * sends. An enterprise is told at most once
 * per clause version and kind, however often or however concurrently it is pushed (a unique key decides), and never
 * about a clause it has applied for ({@link #markApplied}).
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int ATTEMPTS = 3;

    private final Inbox inbox;
    private final MailQueue mail;
    private final PushedVersions pushedVersions;
    private final TransactionTemplate transaction;

    Notifications(Inbox inbox, MailQueue mail, PushedVersions pushedVersions, TransactionTemplate transaction) {
        this.inbox = inbox;
        this.mail = mail;
        this.pushedVersions = pushedVersions;
        this.transaction = transaction;
    }

    /** What a push did: the inbox messages written and the e-mails queued. */
    public record Delivered(int messages, int emails) {}

    /**
     * Tells one enterprise about one clause version; true when a message was written, false when it had already been
     * told or has applied for the clause.
     */
    public boolean push(
            EnterpriseId enterprise,
            String creditCode,
            ClauseVersion clause,
            @Nullable BigDecimal estimatedAmount,
            PushKind kind) {
        return pushAll(List.of(new PushRequest(enterprise, creditCode, clause, estimatedAmount, kind)))
                        .messages()
                > 0;
    }

    /**
     * Tells every enterprise of {@code requests} in one transaction: inbox messages written in JDBC batches, then the
     * e-mails of the new ones queued by one statement. Requests already delivered are skipped.
     */
    public Delivered pushAll(List<PushRequest> requests) {
        if (requests.isEmpty()) {
            return new Delivered(0, 0);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Delivered delivered = transaction.execute(status -> {
                    String batch = UUID.randomUUID().toString();
                    Instant now = Instant.now();
                    int messages = inbox.insert(requests, batch, now);
                    return new Delivered(messages, messages == 0 ? 0 : mail.enqueue(batch, now));
                });
                return delivered == null ? new Delivered(0, 0) : delivered;
            } catch (DuplicateKeyException raced) {
                // H2 may refuse a row that another transaction wrote meanwhile instead of skipping it; once that
                // transaction has committed, the same push skips the row
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                log.debug("Push raced another for the same messages; trying again", raced);
            }
        }
    }

    /**
     * The versions of {@code inForce} whose coming into force has not been pushed yet ({@link #comingIntoForcePushed}),
     * in the order given: a version published to start on a later day, or one whose push at publication was cut off.
     */
    public List<ClauseVersion> comingIntoForceNotPushed(List<ClauseVersion> inForce) {
        return pushedVersions.without(inForce);
    }

    /**
     * Records that the enterprises qualifying for {@code version} when it came into force have been told; recording
     * it again changes nothing.
     */
    public void comingIntoForcePushed(ClauseVersion version) {
        pushedVersions.record(version, Instant.now());
    }

    /**
     * Tells the enterprise about a step of one of its cases: an inbox message and, when it has e-mail on and an
     * address, a queued e-mail. Joins the caller's transaction, so the message exists exactly when the step does; a
     * step is told once however often this is called. True when a message was written.
     */
    public boolean tell(CaseNotice notice) {
        return tellOnce((batch, now) -> inbox.insert(notice, batch, now));
    }

    /**
     * Writes a general notice to the enterprise's inbox, once per key, and, when it has e-mail on and an address, queues
     * an e-mail linking the notice's page: joins the caller's transaction. True when it was written, false when the
     * enterprise had it already.
     */
    public boolean tell(Notice notice) {
        return tellOnce((batch, now) -> inbox.insert(notice, batch, now));
    }

    /** Writes one message in the caller's transaction and, when it was new, queues its e-mail. */
    private boolean tellOnce(BiPredicate<String, Instant> write) {
        Boolean told = transaction.execute(status -> {
            String batch = UUID.randomUUID().toString();
            Instant now = Instant.now();
            if (!write.test(batch, now)) {
                return false;
            }
            mail.enqueue(batch, now);
            return true;
        });
        return Boolean.TRUE.equals(told);
    }

    /**
     * Records that the enterprise applied for the clause under {@code version}: it is not pushed about the clause
     * again, its messages about it say so, and their e-mails not yet sent are cancelled. Called when an application
     * is submitted (the fulfilment module's {@code ApplicationSubmitted}); doing it again changes nothing.
     */
    public void markApplied(EnterpriseId enterprise, String clauseId, int version) {
        transaction.executeWithoutResult(
                status -> inbox.markApplied(enterprise.value(), clauseId, version, Instant.now()));
    }
}
