package org.mingyuan.platform.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.tiles.MemoryTileLog;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.ledger.GrantDecided;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sequencer against other writers and failures: it never signs a checkpoint over a tree it did not rebuild from
 * the stored entries, and an error in one run shows as the ledger DOWN until a run succeeds.
 *
 * <p>The test counts what the sequencers it drives append, so its platform has a database of its own (a fresh one
 * of the kind the suite runs on, without demo data): the other test contexts' scheduled sequencers, which keep
 * running against the shared database, cannot append its entries first. Its context is closed afterwards, before
 * that database is dropped.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mingyuan.ledger.sequence-interval=50ms",
            "mingyuan.demo=false",
            "mingyuan.admin-password=Str0ng-Admin!pass"
        })
@Import(SequencerTests.Breakable.class)
class SequencerTests {

    @TestConfiguration
    static class Breakable {

        @Bean
        @Primary
        BreakableSequencer breakableSequencer(ApplicationContext context) {
            return newSequencer(context);
        }

        /** A new database of the configured kind; the context drops it when it closes, after the pool below. */
        @Bean
        FreshDatabase sequencerDatabase(Environment environment) throws SQLException {
            boolean postgres =
                    environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
            return FreshDatabase.of(postgres ? "postgresql" : "h2", "sequencer");
        }

        @Bean
        HikariDataSource dataSource(FreshDatabase database) {
            return DataSourceBuilder.create()
                    .type(HikariDataSource.class)
                    .url(database.url())
                    .username(database.username())
                    .password(database.password())
                    .build();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerSchedule schedule;

    @Autowired
    BreakableSequencer scheduled;

    @Autowired
    SequencerHealth health;

    @Test
    void aTreeOfTheRightSizeButAnotherWritersEntriesIsRebuiltBeforeTheNextCheckpoint() {
        EntryRecorder recorder = context.getBean(EntryRecorder.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Sequencer first = newSequencer(context);
        Sequencer other = newSequencer(context);
        schedule.stop();
        try {
            first.appendPending();
            transactions.executeWithoutResult(rolledBack -> {
                grants(5).forEach(recorder::record);
                assertThat(first.appendPending()).isEqualTo(5);
                rolledBack.setRollbackOnly();
            });
            transactions.executeWithoutResult(committed -> grants(5).forEach(recorder::record));
            assertThat(other.appendPending())
                    .as("the other writer appends as many")
                    .isEqualTo(5);
            transactions.executeWithoutResult(committed -> grants(1).forEach(recorder::record));

            assertThat(first.appendPending()).isEqualTo(1);

            Checkpoints.Stored latest =
                    context.getBean(Checkpoints.class).latest().orElseThrow();
            MemoryTileLog stored = new MemoryTileLog();
            jdbc.sql("select e.entry from ledger_leaf l join ledger_entry e on e.seq = l.seq order by l.entry_index")
                    .query((rs, row) -> rs.getBytes(1))
                    .list()
                    .forEach(stored::append);
            assertThat(stored.size()).isEqualTo(latest.size());
            assertThat(LedgerCheckpoint.parse(latest.signedNote()).root()).isEqualTo(stored.root());
        } finally {
            schedule.start();
        }
    }

    @Test
    void anErrorInARunReportsTheLedgerDownUntilARunSucceeds() {
        ApiClient api = new ApiClient(port);
        try {
            scheduled.failWith(new OutOfMemoryError("Java heap space"));
            await(() -> api.get("/actuator/health", null).status() == 503);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails()).containsEntry("error", "OutOfMemoryError");
        } finally {
            scheduled.failWith(null);
        }
        await(() -> api.get("/actuator/health", null).status() == 200);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    private static BreakableSequencer newSequencer(ApplicationContext context) {
        return new BreakableSequencer(
                context.getBean(LedgerEntries.class),
                context.getBean(TileHashes.class),
                context.getBean(Checkpoints.class),
                context.getBean(LedgerKeys.class),
                context.getBean(LedgerProperties.class),
                context.getBean(JdbcClient.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean(DataSource.class));
    }

    private static List<GrantDecided> grants(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> GrantDecided.of("sequencer-" + i, "91310000MA1FL8XQ3K", 100L * i))
                .toList();
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 s").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
