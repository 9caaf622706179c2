package org.mingyuan.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.note.Notes;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.ledger.tiles.MemoryTileLog;
import org.mingyuan.ledger.tiles.TileAppender;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.ledger.internal.Checkpoints;
import org.mingyuan.platform.ledger.internal.LedgerEntries;
import org.mingyuan.platform.ledger.internal.LedgerKeys;
import org.mingyuan.platform.ledger.internal.LedgerProperties;
import org.mingyuan.platform.ledger.internal.Sequencer;
import org.mingyuan.platform.ledger.internal.TileHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Migrates a V20 ledger, with sequenced entries and pending ones recorded between them, to the pending queue of V21
 * on embedded H2 and on PostgreSQL: the log keeps its checkpoint root and the pending entries are appended after it.
 *
 * <p>PostgreSQL is found at {@code MINGYUAN_TEST_POSTGRES_URL} (default: the local server's {@code postgres}
 * database); without a server the PostgreSQL case is skipped, except under CI, where it fails.
 */
class QueueMigrationTests {

    private static final String ORIGIN = "mingyuan.example/migration";
    private static final int RECORDED = 400;

    private FreshDatabase fresh;

    @AfterEach
    void dropTheDatabase() {
        if (fresh != null) {
            fresh.close();
        }
    }

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aV20LogKeepsItsRootAndItsPendingEntriesAreAppendedAfterIt(String database) throws Exception {
        DataSource dataSource = (fresh = FreshDatabase.of(database, "ledger_queue")).dataSource();
        Flyway.configure().dataSource(dataSource).target("20").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        LedgerKeys keys = new LedgerKeys(
                SignerKey.generate(ORIGIN).encode(),
                SignerKey.generate("witness.example/migration").encode());
        List<byte[]> sequenced = new ArrayList<>();
        List<byte[]> pending = new ArrayList<>();
        for (int i = 0; i < RECORDED; i++) {
            byte[] entry = ("{\"event\":\"e-" + i + "\",\"type\":\"Test\"}").getBytes(StandardCharsets.UTF_8);
            (i % 7 == 3 ? pending : sequenced).add(entry);
            jdbc.sql("insert into ledger_entry (event_key, entry_type, entry, recorded_at, entry_index, leaf_hash)"
                            + " values (?, 'Test', ?, ?, ?, ?)")
                    .params(
                            "e-" + i,
                            entry,
                            Timestamp.from(Instant.now()),
                            i % 7 == 3 ? null : (long) sequenced.size() - 1,
                            i % 7 == 3 ? null : TreeHasher.leaf(entry))
                    .update();
        }
        byte[] v20Root = signV20Log(dataSource, keys, sequenced);

        Flyway.configure().dataSource(dataSource).load().migrate();

        LedgerEntries entries = new LedgerEntries(jdbc, new JdbcTemplate(dataSource));
        TileAppender replayed = new TileAppender();
        entries.leafHashes(0, sequenced.size()).forEach(leaf -> replayed.append(leaf, (level, n, hash) -> {}));
        assertThat(replayed.root()).isEqualTo(v20Root);
        assertThat(jdbc.sql("select count(*) from ledger_pending")
                        .query(Long.class)
                        .single())
                .isEqualTo(pending.size());

        assertThat(sequencer(dataSource, jdbc, entries, keys).appendPending()).isEqualTo(pending.size());

        MemoryTileLog expected = new MemoryTileLog();
        sequenced.forEach(expected::append);
        pending.forEach(expected::append);
        Checkpoints.Stored latest = new Checkpoints(jdbc).latest().orElseThrow();
        assertThat(latest.size()).isEqualTo(RECORDED);
        assertThat(rootOf(latest.signedNote())).isEqualTo(expected.root());
        assertThat(entries.entries(0, RECORDED))
                .containsExactlyElementsOf(
                        Stream.concat(sequenced.stream(), pending.stream()).toList());
        assertThat(jdbc.sql("select count(*) from ledger_pending")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void leavesBeyondTheCheckpointFromAnInterruptedWriteAreAppendedAgainOnce(String database) throws Exception {
        DataSource dataSource = migrated(database, "ledger_strays");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        LedgerEntries entries = new LedgerEntries(jdbc, new JdbcTemplate(dataSource));
        LedgerKeys keys = new LedgerKeys(
                SignerKey.generate(ORIGIN).encode(),
                SignerKey.generate("witness.example/strays").encode());
        List<byte[]> recorded = recordAndSequenceTwoHundred(dataSource, jdbc, entries, keys, "s-");
        // An interrupted write: leaves and a tile hash of the last 100 entries, taken off the queue, no checkpoint.
        var strays = entries.oldestPending(100);
        for (int i = 0; i < strays.size(); i++) {
            jdbc.sql("insert into ledger_leaf (entry_index, seq, leaf_hash) values (?, ?, ?)")
                    .params(
                            200L + i,
                            strays.get(i).seq(),
                            TreeHasher.leaf(strays.get(i).entry()))
                    .update();
        }
        jdbc.sql("delete from ledger_pending").update();
        jdbc.sql("insert into ledger_tile_hash (tile_level, hash_index, hash) values (1, 149, ?)")
                .param(new byte[32])
                .update();

        assertThat(sequencer(dataSource, jdbc, entries, keys).appendPending()).isEqualTo(100);

        assertTheLogHoldsExactly(jdbc, entries, recorded);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void entriesNeitherInTheLogNorQueuedAfterACrashAreQueuedAgainAndAppendedOnce(String database) throws Exception {
        DataSource dataSource = migrated(database, "ledger_stranded");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        LedgerEntries entries = new LedgerEntries(jdbc, new JdbcTemplate(dataSource));
        LedgerKeys keys = new LedgerKeys(
                SignerKey.generate(ORIGIN).encode(),
                SignerKey.generate("witness.example/stranded").encode());
        List<byte[]> recorded = recordAndSequenceTwoHundred(dataSource, jdbc, entries, keys, "t-");
        // A commit kept in part: 50 recorded entries lost their queue rows and have no leaves.
        jdbc.sql("delete from ledger_pending where seq in (select seq from ledger_pending order by seq limit 50)")
                .update();

        assertThat(sequencer(dataSource, jdbc, entries, keys).appendPending()).isEqualTo(100);

        assertTheLogHoldsExactly(jdbc, entries, recorded);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEntryWhoseGeneratedSeqIsTakenIsStoredUnderTheNextFreeOne(String database) throws Exception {
        DataSource dataSource = migrated(database, "ledger_seq_taken");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        LedgerEntries entries = new LedgerEntries(jdbc, new JdbcTemplate(dataSource));
        // The identity is behind the stored rows, as the embedded database can leave it after a kill.
        for (long seq = 1; seq <= 3; seq++) {
            jdbc.sql("insert into ledger_entry (seq, event_key, entry_type, entry, recorded_at)"
                            + " values (?, ?, 'Test', ?, current_timestamp)")
                    .params(seq, "kept-" + seq, new byte[] {1})
                    .update();
        }

        assertThat(entries.insertPending("new", "Test", new byte[] {2}, null, null))
                .isTrue();
        assertThat(entries.insertPending("new", "Test", new byte[] {2}, null, null))
                .isFalse();
        assertThat(entries.insertPending("kept-2", "Test", new byte[] {2}, null, null))
                .isFalse();
        assertThat(entries.oldestPending(10))
                .hasSize(1)
                .allSatisfy(pending -> assertThat(pending.seq()).isGreaterThan(3));
    }

    /** Returns a fresh database of the kind, migrated to the newest schema; it is dropped after the test. */
    private DataSource migrated(String database, String name) throws Exception {
        DataSource dataSource = (fresh = FreshDatabase.of(database, name)).dataSource();
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** Records 300 entries keyed {@code prefix0 …}, sequencing the first 200 (checked); returns them in order. */
    private static List<byte[]> recordAndSequenceTwoHundred(
            DataSource dataSource, JdbcClient jdbc, LedgerEntries entries, LedgerKeys keys, String prefix) {
        List<byte[]> recorded = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] entry = ("{\"event\":\"" + prefix + i + "\",\"type\":\"Test\"}").getBytes(StandardCharsets.UTF_8);
            recorded.add(entry);
            entries.insertPending(prefix + i, "Test", entry, null, null);
            if (i == 199) {
                assertThat(sequencer(dataSource, jdbc, entries, keys).appendPending())
                        .isEqualTo(200);
            }
        }
        return recorded;
    }

    /** Checks that the signed log holds exactly the recorded entries, in order, under a checkpoint of their root. */
    private static void assertTheLogHoldsExactly(JdbcClient jdbc, LedgerEntries entries, List<byte[]> recorded)
            throws Exception {
        MemoryTileLog expected = new MemoryTileLog();
        recorded.forEach(expected::append);
        Checkpoints.Stored latest = new Checkpoints(jdbc).latest().orElseThrow();
        assertThat(latest.size()).isEqualTo(recorded.size());
        assertThat(rootOf(latest.signedNote())).isEqualTo(expected.root());
        assertThat(entries.entries(0, recorded.size())).containsExactlyElementsOf(recorded);
    }

    /** Stores the tile hashes and the signed checkpoint of the sequenced entries as V20 did; returns the root. */
    private static byte[] signV20Log(DataSource dataSource, LedgerKeys keys, List<byte[]> sequenced) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TileAppender tree = new TileAppender();
        List<TileHashes.TileHash> upper = new ArrayList<>();
        for (byte[] entry : sequenced) {
            tree.append(TreeHasher.leaf(entry), (level, n, hash) -> {
                if (level > 0) {
                    upper.add(new TileHashes.TileHash(level, n, hash));
                }
            });
        }
        assertThat(upper).isNotEmpty();
        new TileHashes(jdbc, new JdbcTemplate(dataSource)).insert(upper);
        new Checkpoints(jdbc)
                .insert(
                        tree.size(),
                        SignedCheckpoints.sign(Checkpoint.of(ORIGIN, tree.size(), tree.root()), keys.signer()));
        return tree.root();
    }

    private static Sequencer sequencer(DataSource dataSource, JdbcClient jdbc, LedgerEntries entries, LedgerKeys keys) {
        LedgerProperties properties = new LedgerProperties(
                ORIGIN, null, null, null, Duration.ofMillis(500), 25, Duration.ofSeconds(2), List.of(), List.of());
        return new Sequencer(
                entries,
                new TileHashes(jdbc, new JdbcTemplate(dataSource)),
                new Checkpoints(jdbc),
                keys,
                properties,
                jdbc,
                new DataSourceTransactionManager(dataSource),
                dataSource);
    }

    private static byte[] rootOf(String signedNote) throws Exception {
        return Checkpoint.parse(Notes.parse(signedNote).text()).root();
    }
}
