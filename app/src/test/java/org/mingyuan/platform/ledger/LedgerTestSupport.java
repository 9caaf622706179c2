package org.mingyuan.platform.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.verifier.AuditResult;
import org.mingyuan.ledger.verifier.JdkHttpFetcher;
import org.mingyuan.ledger.verifier.LogAuditor;
import org.mingyuan.platform.ledger.internal.Sequencer;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes test events in a running platform and waits for the ledger to append them. */
public final class LedgerTestSupport {

    private LedgerTestSupport() {}

    /** Publishes each event in its own committed transaction, as a business module does. */
    static void publish(ApplicationContext context, Collection<? extends Object> events) {
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        for (Object event : events) {
            transactions.executeWithoutResult(status -> context.publishEvent(event));
        }
    }

    /**
     * Waits until every event key is recorded and every recorded entry is appended to the log, running the context's
     * sequencer meanwhile, then returns the log size. An entry counts once it is in the log, whichever sequencer
     * appended it: the other test contexts' scheduled sequencers keep running on the same database, so a run of this
     * context's sequencer may append nothing (on PostgreSQL another one holds the ledger's lock) or fail (on embedded
     * H2, where nothing stops two sequencers taking the same entries, the batch that loses is rolled back, as a
     * scheduled one would be).
     */
    public static long awaitAppended(ApplicationContext context, List<String> keys) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        RuntimeException lastFailure = null;
        while (true) {
            try {
                context.getBean(Sequencer.class).appendPending();
            } catch (DataAccessException | IllegalStateException raced) {
                lastFailure = raced;
            }
            long appended = keys.isEmpty()
                    ? 0
                    : jdbc.sql("select count(*) from ledger_entry e join ledger_leaf l on l.seq = e.seq"
                                    + " where e.event_key in (:keys)")
                            .param("keys", keys)
                            .query(Long.class)
                            .single();
            long queued = jdbc.sql("select count(*) from ledger_pending")
                    .query(Long.class)
                    .single();
            if (appended == keys.size() && queued == 0) {
                return jdbc.sql("select count(*) from ledger_leaf")
                        .query(Long.class)
                        .single();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "after 30 s, " + appended + " of " + keys.size() + " events were appended and " + queued
                                + " entries were still queued; not appended: " + notAppended(jdbc, keys),
                        lastFailure);
            }
            sleep(50);
        }
    }

    /**
     * Describes each key whose entry is not in the log: whether it has an entry row, a queue row, and incomplete
     * or completed event publications that mention it.
     */
    private static String notAppended(JdbcClient jdbc, List<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            List<Long> seqs = jdbc.sql("select seq from ledger_entry where event_key = ?")
                    .param(key)
                    .query(Long.class)
                    .list();
            boolean leaf = !seqs.isEmpty()
                    && jdbc.sql("select count(*) from ledger_leaf where seq = ?")
                                    .param(seqs.get(0))
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (leaf) {
                continue;
            }
            long queued = seqs.isEmpty()
                    ? 0
                    : jdbc.sql("select count(*) from ledger_pending where seq = ?")
                            .param(seqs.get(0))
                            .query(Long.class)
                            .single();
            String publications;
            try {
                publications = jdbc.sql("select listener_id, completion_date from event_publication"
                                + " where serialized_event like ?")
                        .param("%" + key + "%")
                        .query((rs, row) -> rs.getString(1) + " completed " + rs.getTimestamp(2))
                        .list()
                        .toString();
            } catch (DataAccessException e) {
                publications = "(unreadable: " + e.getMessage() + ")";
            }
            missing.add(key + " (entry seq " + seqs + ", queued " + queued + ", publications " + publications + ")");
        }
        return missing.toString();
    }

    /** Audits the log a running platform serves under {@code /ledger}. */
    static AuditResult audit(int port, NoteVerifier key) throws Exception {
        return new LogAuditor(new JdkHttpFetcher("http://127.0.0.1:" + port + "/ledger")).audit(key);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
