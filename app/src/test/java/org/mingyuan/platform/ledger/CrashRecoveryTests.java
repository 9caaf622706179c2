package org.mingyuan.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingyuan.ledger.json.JsonParser;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.ledger.tiles.EntryBundle;
import org.mingyuan.ledger.tiles.EntryBundleId;
import org.mingyuan.ledger.tiles.TileLayout;
import org.mingyuan.ledger.verifier.AuditResult;
import org.mingyuan.ledger.verifier.JdkHttpFetcher;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.Mingyuan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills a platform (SIGKILL) during a burst of events and checks the log after a restart on the same database.
 *
 * <p>The database is the configured one: a fresh schema of the PostgreSQL server when {@code SPRING_DATASOURCE_URL}
 * is set (see {@link FreshDatabase}), otherwise the embedded H2 database in a fresh home folder. The committed events
 * are the business records the database kept. Both write each commit durably before answering it, so a kill loses no
 * committed transaction: an entry commits with its place in the pending queue, and an event whose entry had not
 * committed is redelivered from the event publication registry.
 */
class CrashRecoveryTests {

    @TempDir
    Path home;

    private @Nullable FreshDatabase postgres;
    private List<String> database = List.of();

    @BeforeEach
    void configuredDatabase() throws Exception {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            postgres = FreshDatabase.of("postgresql", "crash");
            database = postgres.platformArguments();
        }
    }

    @AfterEach
    void dropDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aKillMidBurstLeavesALogThatVerifiesAndHoldsEveryCommittedEventOnce() throws Exception {
        burstAndKill(300);

        List<String> settings =
                new ArrayList<>(List.of("--server.port=0", "--mingyuan.home=" + home, "--mingyuan.demo=true"));
        settings.addAll(database);
        try (var context = new SpringApplicationBuilder(Mingyuan.class).run(settings.toArray(String[]::new))) {
            List<String> committed = context.getBean(JdbcClient.class)
                    .sql("select event_key from burst_record")
                    .query(String.class)
                    .list();
            assertThat(committed).isNotEmpty();
            long size = LedgerTestSupport.awaitAppended(context, committed);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var key = VerifierKey.parse(
                    new ApiClient(port).get("/ledger/key", null).body());

            assertThat(LedgerTestSupport.audit(port, key.noteVerifier()))
                    .isEqualTo(new AuditResult.Consistent("mingyuan.example/default", size));
            assertThat(eventCountsInTheServedLog(port, size))
                    .hasSize(committed.size())
                    .containsOnlyKeys(committed)
                    .allSatisfy((event, count) -> assertThat(count).as(event).isEqualTo(1));
        }
    }

    private void burstAndKill(int atLeast) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                BurstingPlatform.class.getName(),
                home.toString()));
        command.addAll(database);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("published ") && Integer.parseInt(line.substring(10)) >= atLeast) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Integer> eventCountsInTheServedLog(int port, long size) throws Exception {
        var fetcher = new JdkHttpFetcher("http://127.0.0.1:" + port + "/ledger");
        Map<String, Integer> counts = new HashMap<>();
        for (EntryBundleId bundle : TileLayout.entryBundles(size)) {
            for (byte[] entry : EntryBundle.decode(fetcher.get(bundle.path()))) {
                Map<?, ?> fields = (Map<?, ?>) JsonParser.parse(new String(entry, StandardCharsets.UTF_8));
                if ("GrantDecided".equals(fields.get("type"))) {
                    counts.merge((String) fields.get("event"), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
