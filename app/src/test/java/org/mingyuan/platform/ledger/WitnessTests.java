package org.mingyuan.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingyuan.ledger.cosignature.CosignatureVerifier;
import org.mingyuan.ledger.note.Notes;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.Mingyuan;
import org.mingyuan.platform.ledger.internal.LedgerKeys;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two platforms on loopback, each a C2SP tlog-witness for the other's log. */
class WitnessTests {

    @TempDir
    Path homeA;

    @TempDir
    Path homeB;

    /** One deployment's origin, private keys (signer and witness) and port. */
    private record Deployment(String origin, String signerKey, String witnessKey, int port) {
        static Deployment of(String name) throws IOException {
            return new Deployment(
                    "mingyuan.example/" + name,
                    SignerKey.generate("mingyuan.example/" + name).encode(),
                    SignerKey.generate("witness.example/" + name).encode(),
                    freePort());
        }

        LedgerKeys keys() {
            return new LedgerKeys(signerKey, witnessKey);
        }

        VerifierKey witnessVerifierKey() {
            return keys().cosigner().verifierKey();
        }
    }

    @Test
    void twoPlatformsCosignEachOthersCheckpoints() throws Exception {
        Deployment a = Deployment.of("a");
        Deployment b = Deployment.of("b");
        try (var contextA = start(homeA, a, b);
                var contextB = start(homeB, b, a)) {
            for (var context : List.of(contextA, contextB)) {
                List<GrantDecided> events = IntStream.range(0, 20)
                        .mapToObj(i -> GrantDecided.of("c" + i, "91310000MA1FL8XQ3K", i))
                        .toList();
                LedgerTestSupport.publish(context, events);
                LedgerTestSupport.awaitAppended(
                        context, events.stream().map(GrantDecided::key).toList());
            }

            assertCosigned(a, b);
            assertCosigned(b, a);
            long sizeA = new ApiClient(a.port())
                    .get("/api/v1/ledger/entries/0", null)
                    .json()
                    .get("treeSize")
                    .asLong();
            assertThat(contextB.getBean(JdbcClient.class)
                            .sql("select tree_size from ledger_witnessed_head where origin = ?")
                            .param(a.origin())
                            .query(Long.class)
                            .single())
                    .isEqualTo(sizeA);

            String checkpointA =
                    new ApiClient(a.port()).get("/ledger/checkpoint", null).body();
            var stale = addCheckpoint(b.port(), "old 0\n\n" + checkpointA);
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("text/x.tlog.size");
            assertThat(stale.body()).isEqualTo(sizeA + "\n");
            String ownCheckpoint =
                    new ApiClient(b.port()).get("/ledger/checkpoint", null).body();
            assertThat(addCheckpoint(b.port(), "old 0\n\n" + ownCheckpoint).statusCode())
                    .isEqualTo(404);
        }
    }

    private static void assertCosigned(Deployment log, Deployment witness) throws Exception {
        ApiClient api = new ApiClient(log.port());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String note = api.get("/ledger/checkpoint", null).body();
        while (!note.contains("\u2014 " + witness.witnessVerifierKey().name() + " ")) {
            assertThat(Instant.now()).as("cosignature of " + witness.origin()).isBefore(deadline);
            LedgerTestSupport.sleep(100);
            note = api.get("/ledger/checkpoint", null).body();
        }
        var opened = Notes.open(
                note,
                List.of(
                        log.keys().verifierKey().noteVerifier(),
                        new CosignatureVerifier(witness.witnessVerifierKey())));
        assertThat(opened.verified()).hasSize(2);
    }

    private static ConfigurableApplicationContext start(Path home, Deployment self, Deployment other) {
        return new SpringApplicationBuilder(Mingyuan.class)
                .run(
                        "--spring.datasource.url=",
                        "--server.port=" + self.port(),
                        "--mingyuan.home=" + home,
                        "--mingyuan.demo=true",
                        "--mingyuan.ledger.origin=" + self.origin(),
                        "--mingyuan.ledger.signer-key=" + self.signerKey(),
                        "--mingyuan.ledger.witness-key=" + self.witnessKey(),
                        "--mingyuan.ledger.sequence-interval=100ms",
                        "--mingyuan.ledger.witness-interval=200ms",
                        "--mingyuan.ledger.witnessed-logs[0].origin=" + other.origin(),
                        "--mingyuan.ledger.witnessed-logs[0].key="
                                + other.keys().verifierKey(),
                        "--mingyuan.ledger.witnesses[0].url=http://127.0.0.1:" + other.port() + "/witness",
                        "--mingyuan.ledger.witnesses[0].key=" + other.witnessVerifierKey());
    }

    private static HttpResponse<String> addCheckpoint(int port, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/witness/add-checkpoint"))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
