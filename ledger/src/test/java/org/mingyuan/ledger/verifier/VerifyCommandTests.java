package org.mingyuan.ledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingyuan.ledger.entry.CommittedEntry;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.note.SignerKey;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.testing.LogFixture;

/** Runs the verifier command end to end against a log served by a JDK HTTP server on 127.0.0.1. */
class VerifyCommandTests {

    private final LogFixture fixture = new LogFixture(1000);
    private HttpServer server;
    private String base;
    private String vkey;

    @TempDir
    Path dir;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ledger/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/ledger/".length());
            byte[] body;
            int status = 200;
            try {
                body = fixture.serve(path);
            } catch (IOException e) {
                body = new byte[0];
                status = 404;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/ledger";
        vkey = fixture.key.verifierKey().toString();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VerifyCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsPrintsUsageAndExits2() {
        Run run = run();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("usage:", "receipt", "audit");
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("audit", base).code()).isEqualTo(2);
    }

    @Test
    void auditOverHttpPassesAndNamesTheAlteredIndex() {
        assertThat(run("audit", base, "--key", vkey)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(0);
            assertThat(r.out()).contains("all 1000 entries");
        });
        fixture.overrides.put("tile/entries/002", new byte[] {0, 1, 'x'});
        Run bad = run("audit", base, "--key", vkey);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("index 512");
    }

    @Test
    void checkpointCommandChecksSignatures() throws IOException {
        Path file = write("checkpoint", fixture.signedCheckpoint());
        assertThat(run("checkpoint", file.toString(), "--key", vkey).code()).isEqualTo(0);
        String other = SignerKey.generate(LogFixture.ORIGIN).verifierKey().toString();
        assertThat(run("checkpoint", file.toString(), "--key", other).code()).isEqualTo(1);
    }

    @Test
    void consistencyFromTilesAndFromAProofFile() throws IOException {
        Path old = write("old", fixture.signedCheckpoint());
        for (int i = 0; i < 300; i++) {
            fixture.log.append(("{\"late\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        Path now = write("new", fixture.signedCheckpoint());
        assertThat(run("consistency", old.toString(), now.toString(), "--key", vkey, "--url", base)
                        .code())
                .isEqualTo(0);
        List<byte[]> proof = new ProofBuilder(fixture.log.nodeSource(1300)).consistency(1000, 1300);
        StringBuilder lines = new StringBuilder();
        proof.forEach(h -> lines.append(Base64.getEncoder().encodeToString(h)).append('\n'));
        Path proofFile = write("proof", lines.toString());
        assertThat(run("consistency", old.toString(), now.toString(), "--key", vkey, "--proof", proofFile.toString())
                        .code())
                .isEqualTo(0);
        Path swapped = write("swapped", lines.toString().replaceFirst("^.", "A"));
        assertThat(run("consistency", old.toString(), now.toString(), "--key", vkey, "--proof", swapped.toString())
                        .code())
                .isEqualTo(1);
    }

    @Test
    void receiptCommandVerifiesAndExplains() throws IOException {
        CommittedEntry entry = CommittedEntry.of(
                Map.of("type", "PayoutRecorded", "enterprise", "91310000MA1FL8XQ3K", "amount", 500000),
                Set.of("enterprise"));
        long index = fixture.log.append(entry.bytes());
        long size = fixture.log.size();
        Receipt receipt = new Receipt(
                entry.bytes(),
                entry.openings(),
                index,
                new ProofBuilder(fixture.log.nodeSource(size)).inclusion(index, size),
                fixture.signedCheckpoint());
        Run ok = run("receipt", write("receipt.json", receipt.toJson()).toString(), "--key", vkey);
        assertThat(ok.code()).as(ok.err()).isEqualTo(0);
        assertThat(ok.out()).contains("entry 1000 of 1001", "确实在账本");
        Path tampered = write("bad.json", receipt.toJson().replace("\"index\":1000", "\"index\":999"));
        Run bad = run("receipt", tampered.toString(), "--key", vkey);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("FAILED", "not proven");
    }
}
