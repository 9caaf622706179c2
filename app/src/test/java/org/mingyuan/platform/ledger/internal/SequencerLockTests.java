package org.mingyuan.platform.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.platform.FreshDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sequencer's lock on PostgreSQL, where an advisory lock belongs to the whole database: while another ledger in
 * another schema of the same database is appending (as every platform of the test suite does beside a test's fresh
 * schema), this ledger's sequencer still appends, and a second instance of the appending ledger waits its turn.
 *
 * <p>PostgreSQL is found at {@code MINGYUAN_TEST_POSTGRES_URL} (default: the local server's {@code postgres}
 * database); without a server the test is skipped, except under CI, where it fails.
 */
class SequencerLockTests {

    private static final String ORIGIN = "mingyuan.example/lock";
    private static final LedgerKeys KEYS = new LedgerKeys(
            SignerKey.generate(ORIGIN).encode(),
            SignerKey.generate("witness.example/lock").encode());

    private final List<FreshDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropTheDatabases() {
        databases.forEach(FreshDatabase::close);
    }

    @Test
    void anotherLedgerAppendingOnTheSameDatabaseDoesNotStopThisOne() throws Exception {
        FreshDatabase mine = ledgerWithPending("ledger_lock_mine", 3);
        FreshDatabase other = ledgerWithPending("ledger_lock_other", 2);
        // A second connection to the other ledger, which gives up waiting for a row after 5 s instead of hanging.
        DataSource otherAgain = new DriverManagerDataSource(
                other.url() + "&options=-c%20lock_timeout=5s", other.username(), other.password());

        new TransactionTemplate(new DataSourceTransactionManager(other.dataSource())).executeWithoutResult(open -> {
            // The other ledger's sequencer appends in this open transaction, so it holds its lock until the end.
            assertThat(sequencer(other.dataSource()).appendPending()).isEqualTo(2);

            assertThat(sequencer(mine.dataSource()).appendPending())
                    .as("this ledger's sequencer")
                    .isEqualTo(3);
            assertThat(sequencer(otherAgain).appendPending())
                    .as("a second instance of the appending ledger")
                    .isZero();
        });
        assertThat(new Checkpoints(JdbcClient.create(mine.dataSource()))
                        .latest()
                        .orElseThrow()
                        .size())
                .isEqualTo(3);
        assertThat(new Checkpoints(JdbcClient.create(other.dataSource()))
                        .latest()
                        .orElseThrow()
                        .size())
                .isEqualTo(2);
    }

    /** A new ledger schema of the PostgreSQL server with {@code count} recorded entries waiting to be appended. */
    private FreshDatabase ledgerWithPending(String prefix, int count) throws Exception {
        FreshDatabase database = FreshDatabase.of("postgresql", prefix);
        databases.add(database);
        Flyway.configure().dataSource(database.dataSource()).load().migrate();
        LedgerEntries entries =
                new LedgerEntries(JdbcClient.create(database.dataSource()), new JdbcTemplate(database.dataSource()));
        for (int i = 0; i < count; i++) {
            String key = prefix + "-" + i;
            entries.insertPending(
                    key,
                    "Test",
                    ("{\"event\":\"" + key + "\",\"type\":\"Test\"}").getBytes(StandardCharsets.UTF_8),
                    null,
                    null);
        }
        return database;
    }

    private static Sequencer sequencer(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcTemplate batch = new JdbcTemplate(dataSource);
        LedgerProperties properties = new LedgerProperties(
                ORIGIN, null, null, null, Duration.ofMillis(500), 25, Duration.ofSeconds(2), List.of(), List.of());
        return new Sequencer(
                new LedgerEntries(jdbc, batch),
                new TileHashes(jdbc, batch),
                new Checkpoints(jdbc),
                KEYS,
                properties,
                jdbc,
                new DataSourceTransactionManager(dataSource),
                dataSource);
    }
}
