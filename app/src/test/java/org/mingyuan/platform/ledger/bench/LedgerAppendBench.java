package org.mingyuan.platform.ledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.platform.EmbeddedDatabaseDefaults;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.LedgerRecordable;
import org.mingyuan.platform.ledger.internal.Checkpoints;
import org.mingyuan.platform.ledger.internal.EntryRecorder;
import org.mingyuan.platform.ledger.internal.LedgerEntries;
import org.mingyuan.platform.ledger.internal.LedgerKeys;
import org.mingyuan.platform.ledger.internal.LedgerProperties;
import org.mingyuan.platform.ledger.internal.Sequencer;
import org.mingyuan.platform.ledger.internal.TileHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures durable appends per second by the sequencer (batches of 5,000 entries, each batch one transaction with
 * its tile hashes and signed checkpoint) on embedded H2 and on PostgreSQL, against a baseline that appends one
 * entry per transaction, and prints each figure as {@code name: value unit}.
 *
 * <p>Run: {@code mvn -B -pl app -am -DskipTests install && mvn -B -pl app exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.mingyuan.platform.ledger.bench.LedgerAppendBench}. PostgreSQL is
 * a new schema of the server {@link FreshDatabase#postgres} reaches, dropped afterwards.
 */
public final class LedgerAppendBench {

    private static final int ENTRIES = 200_000;
    private static final int BASELINE = 5_000;

    private LedgerAppendBench() {}

    /** Runs the benchmark on H2, then on PostgreSQL if it is reachable. */
    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("ledger-bench");
        run(
                "h2",
                new SingleConnectionDataSource(
                        EmbeddedDatabaseDefaults.h2Url("file:" + folder.resolve("bench")), "sa", "", true));
        FreshDatabase postgres;
        try {
            postgres = FreshDatabase.postgres("ledger_bench");
        } catch (SQLException unreachable) {
            System.out.println("postgresql: skipped, " + unreachable.getMessage());
            return;
        }
        try (postgres) {
            run(
                    "postgresql",
                    new SingleConnectionDataSource(postgres.url(), postgres.username(), postgres.password(), true));
        }
    }

    private static void run(String name, SingleConnectionDataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        var transactions = new DataSourceTransactionManager(dataSource);
        LedgerEntries entries = new LedgerEntries(jdbc, template);
        LedgerProperties properties = new LedgerProperties(
                "mingyuan.example/bench",
                null,
                null,
                null,
                Duration.ofMillis(500),
                5000,
                Duration.ofSeconds(2),
                List.of(),
                List.of());
        LedgerKeys keys = new LedgerKeys(
                SignerKey.generate("mingyuan.example/bench").encode(),
                SignerKey.generate("witness.example/bench").encode());
        Sequencer sequencer = new Sequencer(
                entries,
                new TileHashes(jdbc, template),
                new Checkpoints(jdbc),
                keys,
                properties,
                jdbc,
                transactions,
                dataSource);

        EntryRecorder recorder = new EntryRecorder(entries);
        TransactionTemplate batch = new TransactionTemplate(transactions);
        for (int done = 0; done < ENTRIES; done += 1000) {
            int from = done;
            batch.executeWithoutResult(status -> {
                for (int i = from; i < from + 1000; i++) {
                    recorder.record(new Payout(UUID.randomUUID().toString(), i));
                }
            });
        }
        long start = System.nanoTime();
        long appended = sequencer.appendPending();
        double sequencerRate = appended / seconds(start);

        start = System.nanoTime();
        for (int i = 0; i < BASELINE; i++) {
            byte[] entry = ("{\"amount\":" + i + ",\"type\":\"Baseline\"}").getBytes();
            long index = 10_000_000L + i;
            batch.executeWithoutResult(status -> {
                jdbc.sql("insert into ledger_entry (event_key, entry_type, entry, recorded_at)"
                                + " values (?, 'Baseline', ?, ?)")
                        .params("baseline-" + index, entry, Timestamp.from(Instant.now()))
                        .update();
                jdbc.sql("insert into ledger_leaf (entry_index, seq, leaf_hash)"
                                + " select ?, seq, ? from ledger_entry where event_key = ?")
                        .params(index, TreeHasher.leaf(entry), "baseline-" + index)
                        .update();
            });
        }
        double baselineRate = BASELINE / seconds(start);
        print(name + " sequencer appends", sequencerRate, "entries/s");
        print(name + " baseline one entry per transaction", baselineRate, "entries/s");
        print(name + " ratio", sequencerRate / baselineRate, "x");
        dataSource.destroy();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void print(String name, double value, String unit) {
        System.out.println(name + ": " + String.format(Locale.ROOT, "%.1f", value) + " " + unit);
    }

    /** A payout event: public clause, committed amount and enterprise. */
    private record Payout(String key, long amount) implements LedgerRecordable {
        @Override
        public String ledgerKey() {
            return key;
        }

        @Override
        public String ledgerType() {
            return "PayoutRecorded";
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of("clause", "bench-clause-7", "park", "loudi-blockchain-park");
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of("amount", amount);
        }

        @Override
        public String enterpriseCreditCode() {
            return "91310000MA1FL8XQ3K";
        }
    }
}
