package org.mingyuan.platform.ledger.bench;

import static org.mingyuan.platform.BenchmarkFigures.print;
import static org.mingyuan.platform.BenchmarkFigures.seconds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
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
 * Measures the end-to-end ledger rate on embedded H2 and on PostgreSQL: from recording an event (its commitments,
 * entry row and queue row, one transaction per event as the recording listener does) to its entry being under a
 * signed checkpoint. The sequencer's side records every event, then appends them in batches of 5,000, each batch one
 * transaction with its tile hashes and signed checkpoint; the baseline does the same work for each event in one
 * transaction: records it, appends it, writes its tile hashes and signs a checkpoint. Prints each figure as
 * {@code name: value unit}.
 *
 * <p>Arguments: the number of events (default 200,000) and of baseline events (default 5,000). Run on the test class
 * path as the README's benchmark section shows. PostgreSQL is a new schema of the server {@link FreshDatabase#postgres}
 * reaches, dropped afterwards.
 */
public final class LedgerAppendBench {

    private static final int BATCH = 5_000;

    private LedgerAppendBench() {}

    /** Runs the benchmark on H2, then on PostgreSQL if it is reachable. */
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int baseline = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path folder = Files.createTempDirectory("ledger-bench");
        run(
                "h2",
                new SingleConnectionDataSource(
                        EmbeddedDatabaseDefaults.h2Url("file:" + folder.resolve("bench")), "sa", "", true),
                events,
                baseline);
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
                    new SingleConnectionDataSource(postgres.url(), postgres.username(), postgres.password(), true),
                    events,
                    baseline);
        }
    }

    private static void run(String name, SingleConnectionDataSource dataSource, int events, int baseline) {
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
                BATCH,
                Duration.ofSeconds(2),
                List.of(),
                List.of());
        LedgerKeys keys = new LedgerKeys(
                SignerKey.generate("mingyuan.example/bench").encode(),
                SignerKey.generate("witness.example/bench").encode());
        Checkpoints checkpoints = new Checkpoints(jdbc);
        Sequencer sequencer = new Sequencer(
                entries, new TileHashes(jdbc, template), checkpoints, keys, properties, jdbc, transactions, dataSource);
        EntryRecorder recorder = new EntryRecorder(entries);
        TransactionTemplate perEvent = new TransactionTemplate(transactions);

        long start = System.nanoTime();
        for (int i = 0; i < events; i++) {
            Payout payout = new Payout(UUID.randomUUID().toString(), i);
            perEvent.executeWithoutResult(status -> recorder.record(payout));
        }
        double recording = seconds(start);
        long sequencing = System.nanoTime();
        long appended = sequencer.appendPending();
        double sequenced = seconds(sequencing);
        double endToEnd = seconds(start);

        start = System.nanoTime();
        for (int i = 0; i < baseline; i++) {
            Payout payout = new Payout(UUID.randomUUID().toString(), i);
            perEvent.executeWithoutResult(status -> {
                recorder.record(payout);
                sequencer.appendPending();
            });
        }
        double baselineRate = baseline / seconds(start);
        long size = checkpoints.latest().orElseThrow().size();
        if (appended != events || size != events + baseline) {
            throw new IllegalStateException(name + ": " + appended + " appended and a checkpoint of size " + size
                    + ", want " + events + " and " + (events + baseline));
        }
        print(name + " recording, one transaction per event", events / recording, "entries/s");
        print(name + " sequencer, batches of " + BATCH, appended / sequenced, "entries/s");
        print(name + " end to end, recorded to signed checkpoint", events / endToEnd, "entries/s");
        print(name + " baseline, recorded and signed one per transaction", baselineRate, "entries/s");
        print(name + " ratio end to end / baseline", events / endToEnd / baselineRate, "x");
        dataSource.destroy();
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
