package org.mingyuan.platform.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.RegistryChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's change sequence: which enterprises' facts changed, in commit order. A change noted inside a
 * transaction is written once per enterprise just before that transaction commits, under the sequence's lock, so
 * that sequence numbers are handed out in commit order and a rolled-back change writes nothing; outside a
 * transaction it is written at once, in a transaction of its own.
 */
@Repository
public class RegistryChanges {

    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RegistryChanges(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Notes that {@code enterprise}'s facts changed in the current transaction. */
    public void changed(EnterpriseId enterprise) {
        changed(List.of(enterprise.value()));
    }

    /** Notes that the facts of the enterprises with these ids changed in the current transaction. */
    public void changed(Collection<Long> enterprises) {
        if (enterprises.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            Set<Long> changed = new LinkedHashSet<>(enterprises);
            transactions.executeWithoutResult(status -> write(changed));
            return;
        }
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance)
                .map(Pending.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    var added = new Pending();
                    TransactionSynchronizationManager.registerSynchronization(added);
                    return added;
                });
        pending.note(enterprises);
    }

    /** The newest entry's seq, 0 when there is none. */
    public long latest() {
        Long seq = jdbc.queryForObject("select max(seq) from registry_change", Long.class);
        return seq == null ? 0 : seq;
    }

    /** The entries after {@code seq}, oldest first, at most {@code limit}. */
    public List<RegistryChange> since(long seq, int limit) {
        return jdbc.query(
                "select seq, enterprise_id from registry_change where seq > ? order by seq limit ?",
                (rs, row) -> new RegistryChange(rs.getLong(1), new EnterpriseId(rs.getLong(2))),
                seq,
                limit);
    }

    /**
     * Writes one entry per enterprise, holding the sequence's lock until the transaction ends: no other writer takes
     * a seq between this one's and its commit.
     */
    private void write(Set<Long> enterprises) {
        jdbc.queryForList("select id from registry_change_lock where id = 1 for update", Integer.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = List.copyOf(enterprises);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Object[] params = new Object[chunk.size() * 2];
            for (int i = 0; i < chunk.size(); i++) {
                params[2 * i] = chunk.get(i);
                params[2 * i + 1] = now;
            }
            jdbc.update(
                    "insert into registry_change (enterprise_id, changed_at) values "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")),
                    params);
        }
    }

    /** The enterprises changed in one transaction, written just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Set<Long> enterprises = new LinkedHashSet<>();
        private boolean written;

        void note(Collection<Long> changed) {
            if (written) {
                write(new LinkedHashSet<>(changed));
            } else {
                enterprises.addAll(changed);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            write(enterprises);
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
