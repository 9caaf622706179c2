package org.mingyuan.platform.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.hash.Hex;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.tiles.TileAppender;
import org.mingyuan.platform.ledger.internal.LedgerEntries.Pending;
import org.mingyuan.platform.ledger.internal.TileHashes.TileHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends pending entries to the log: takes the oldest queued entries, stores each one's index and leaf hash,
 * stores the tile hashes they complete and signs a checkpoint of the new size, all in one transaction per batch.
 * The queue holds exactly the entries not yet appended, so an entry whose recording committed late is appended by
 * the next batch.
 *
 * <p>Only one sequencer appends at a time: in-process by this object's lock, across instances on PostgreSQL by
 * a transaction-scoped advisory lock. Advisory locks belong to the whole database, so the lock's key is the ledger's
 * own table (the object id of the {@code ledger_checkpoint} it resolves): instances of one ledger exclude each other,
 * while ledgers in other schemas of the same database never hold each other's lock. The tree in memory is checked
 * against the newest checkpoint (its size and its root) before every batch and rebuilt from the stored leaf hashes
 * when they differ (at start, after a failed batch, after another instance appended); a rebuilt tree whose root is not
 * the checkpoint's stops sequencing, so every two signed checkpoints are consistent.
 */
@Component
public class Sequencer {

    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
    /** The high half of the advisory lock's key ("Ming"); the low half is the ledger's table object id. */
    private static final long ADVISORY_LOCK_CLASS = 0x4d696e67L << 32;

    private static final int REPLAY_CHUNK = 100_000;

    private final LedgerEntries entries;
    private final TileHashes tiles;
    private final Checkpoints checkpoints;
    private final LedgerKeys keys;
    private final String origin;
    private final int batchSize;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean postgres;
    private @Nullable TileAppender tree;

    /** Creates the sequencer; it reads the database product once to choose the lock. */
    public Sequencer(
            LedgerEntries entries,
            TileHashes tiles,
            Checkpoints checkpoints,
            LedgerKeys keys,
            LedgerProperties properties,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            DataSource dataSource) {
        this.entries = entries;
        this.tiles = tiles;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.origin = properties.origin();
        this.batchSize = properties.batchSize();
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.postgres = isPostgres(dataSource);
    }

    /**
     * Appends every pending entry, batch by batch; returns how many were appended. On PostgreSQL it stops at once,
     * with what it appended so far, when another instance of this ledger holds the lock: that one is appending.
     */
    public synchronized long appendPending() {
        long total = 0;
        while (true) {
            Integer appended = transactions.execute(status -> appendBatch());
            total += appended == null ? 0 : appended;
            if (appended == null || appended < batchSize) {
                return total;
            }
        }
    }

    private int appendBatch() {
        if (postgres
                && !Boolean.TRUE.equals(
                        jdbc.sql("select pg_try_advisory_xact_lock(? + 'ledger_checkpoint'::regclass::oid::bigint)")
                                .param(ADVISORY_LOCK_CLASS)
                                .query(Boolean.class)
                                .single())) {
            return 0;
        }
        Optional<Checkpoints.Stored> latest = checkpoints.latest();
        TileAppender current = treeAt(latest);
        List<Pending> pending = entries.oldestPending(batchSize);
        if (pending.isEmpty() && latest.isPresent()) {
            return 0;
        }
        long first = current.size();
        List<byte[]> leaves = new ArrayList<>(pending.size());
        List<TileHash> upper = new ArrayList<>();
        for (Pending entry : pending) {
            byte[] leaf = TreeHasher.leaf(entry.entry());
            leaves.add(leaf);
            current.append(leaf, (level, n, hash) -> {
                if (level > 0) {
                    upper.add(new TileHash(level, n, hash));
                }
            });
        }
        if (!pending.isEmpty()) {
            entries.append(pending, first, leaves);
        }
        tiles.insert(upper);
        Checkpoint checkpoint = Checkpoint.of(origin, current.size(), current.root());
        checkpoints.insert(current.size(), SignedCheckpoints.sign(checkpoint, keys.signer()));
        return pending.size();
    }

    private TileAppender treeAt(Optional<Checkpoints.Stored> latest) {
        long size = latest.map(Checkpoints.Stored::size).orElse(0L);
        byte[] signed = latest.map(
                        stored -> LedgerCheckpoint.parse(stored.signedNote()).root())
                .orElse(null);
        if (tree != null && tree.size() == size && (signed == null || Arrays.equals(tree.root(), signed))) {
            return tree;
        }
        tree = null;
        int strays = entries.requeueBeyond(size);
        if (strays > 0) {
            tiles.discardBeyond(size);
            log.warn(
                    "{} leaves beyond the signed checkpoint of size {} were found (an interrupted write);"
                            + " their entries are queued again and will be appended after it",
                    strays,
                    size);
        }
        int stranded = entries.requeueStranded();
        if (stranded > 0) {
            log.warn(
                    "{} recorded entries were neither in the log nor queued (a commit the embedded database kept"
                            + " only in part when the process was killed); they are queued again",
                    stranded);
        }
        TileAppender rebuilt = new TileAppender();
        for (long begin = 0; begin < size; begin += REPLAY_CHUNK) {
            long end = Math.min(size, begin + REPLAY_CHUNK);
            List<byte[]> leaves = entries.leafHashes(begin, end);
            if (leaves.size() != end - begin) {
                throw new IllegalStateException("the log of size " + size + " has " + leaves.size()
                        + " stored leaf hashes in [" + begin + ", " + end + "), want " + (end - begin));
            }
            leaves.forEach(leaf -> rebuilt.append(leaf, (level, n, hash) -> {}));
        }
        if (signed != null) {
            if (!Arrays.equals(signed, rebuilt.root())) {
                throw new IllegalStateException("the stored leaf hashes give root " + Hex.encode(rebuilt.root())
                        + ", the checkpoint of size " + size + " says " + Hex.encode(signed)
                        + "; sequencing stops until the log is repaired");
            }
        }
        tree = rebuilt;
        return rebuilt;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product", e);
        }
    }
}
