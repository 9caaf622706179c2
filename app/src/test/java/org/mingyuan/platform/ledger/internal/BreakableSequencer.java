package org.mingyuan.platform.ledger.internal;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** A real sequencer that throws a given error from every run while one is set, as one out of memory would. */
class BreakableSequencer extends Sequencer {

    private volatile @Nullable Error failure;

    BreakableSequencer(
            LedgerEntries entries,
            TileHashes tiles,
            Checkpoints checkpoints,
            LedgerKeys keys,
            LedgerProperties properties,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            DataSource dataSource) {
        super(entries, tiles, checkpoints, keys, properties, jdbc, transactionManager, dataSource);
    }

    /** Makes every following run throw {@code error}, or run normally again when it is null. */
    void failWith(@Nullable Error error) {
        failure = error;
    }

    @Override
    public synchronized long appendPending() {
        Error current = failure;
        if (current != null) {
            throw current;
        }
        return super.appendPending();
    }
}
