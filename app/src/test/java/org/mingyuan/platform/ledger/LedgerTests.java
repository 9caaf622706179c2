package org.mingyuan.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingyuan.platform.ApiClient.basic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.entry.ReceiptReport;
import org.mingyuan.ledger.entry.ReceiptVerifier;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.VerifierKey;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.tiles.MemoryTileLog;
import org.mingyuan.ledger.tiles.TileLayout;
import org.mingyuan.ledger.tiles.TileRef;
import org.mingyuan.ledger.verifier.AuditResult;
import org.mingyuan.ledger.verify.ConsistencyVerifier;
import org.mingyuan.ledger.verify.InclusionVerifier;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.ledger.internal.EntryRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger in a running platform: recording, tiles, proofs, receipts, pages, and tampering caught by the audit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerTests {

    private static final String OFFICER = basic("officer", "demo");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    NoteVerifier key;
    long size;

    @BeforeEach
    void logWithAFewHundredEntries() {
        api = new ApiClient(port);
        key = VerifierKey.parse(api.get("/ledger/key", null).body()).noteVerifier();
        List<GrantDecided> events = IntStream.range(0, 300)
                .mapToObj(i -> GrantDecided.of("clause-" + i, "91310000MA1FL8XQ" + (10 + i % 90), 1000L * i))
                .toList();
        if (jdbc.sql("select count(*) from ledger_entry where entry_type = 'GrantDecided'")
                        .query(Long.class)
                        .single()
                < 300) {
            LedgerTestSupport.publish(context, events);
            size = LedgerTestSupport.awaitAppended(
                    context, events.stream().map(GrantDecided::key).toList());
        } else {
            size = LedgerTestSupport.awaitAppended(context, List.of());
        }
    }

    /** The log index of the {@code n}-th GrantDecided entry (zero-based); the demo data logs other entries too. */
    long grant(int n) {
        return jdbc.sql("select l.entry_index from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where e.entry_type = 'GrantDecided' order by l.entry_index limit 1 offset ?")
                .param(n)
                .query(Long.class)
                .single();
    }

    @Test
    void aRedeliveredEventIsRecordedOnce() {
        GrantDecided event = GrantDecided.of("clause-once", "91310000MA1FL8XQ3K", 500_000);
        LedgerTestSupport.publish(context, List.of(event, event));
        LedgerTestSupport.awaitAppended(context, List.of(event.key()));
        assertThat(context.getBean(EntryRecorder.class).record(event)).isFalse();
        LedgerTestSupport.awaitAppended(context, List.of(event.key()));

        assertThat(jdbc.sql("select count(*) from ledger_entry where event_key = ?")
                        .param(event.key())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void servedTilesAndBundlesAreTheOnesTheLibraryComputes() throws Exception {
        MemoryTileLog expected = new MemoryTileLog();
        jdbc.sql("select e.entry from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where l.entry_index < ? order by l.entry_index")
                .param(size)
                .query((rs, row) -> rs.getBytes(1))
                .list()
                .forEach(expected::append);
        List<TileRef> refs = new ArrayList<>(TileLayout.hashTiles(size));
        refs.addAll(TileLayout.entryBundles(size));
        HttpClient http = HttpClient.newHttpClient();
        for (TileRef ref : refs) {
            HttpResponse<byte[]> served = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ledger/" + ref.path()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).as(ref.path()).isEqualTo(200);
            assertThat(served.body()).as(ref.path()).isEqualTo(expected.read(ref.path()));
            assertThat(served.headers().firstValue("Cache-Control").orElse(""))
                    .as(ref.path())
                    .contains(ref.path().contains(".p/") ? "max-age=3600" : "immutable");
        }
        assertThat(api.get("/ledger/tile/0/000.p/3", null).status()).isEqualTo(200);
        assertThat(api.get("/ledger/tile/0/x001/000", null).status()).isEqualTo(404);
        assertThat(api.get("/ledger/tile/entries/999", null).status()).isEqualTo(404);
        assertThat(api.get("/ledger/tile/9/000", null).status()).isEqualTo(404);
        assertThat(api.get("/ledger/checkpoint", null).body()).startsWith("mingyuan.example/default\n");
    }

    @Test
    void theServedLogPassesTheAudit() throws Exception {
        assertThat(LedgerTestSupport.audit(port, key)).isInstanceOf(AuditResult.Consistent.class);
    }

    @Test
    void changingAStoredEntryOrHashIsReportedAtItsIndex() throws Exception {
        AuditResult forgedEntry = tampered(
                "ledger_entry",
                "entry",
                "seq = (select seq from ledger_leaf where entry_index = 5)",
                "{\"type\":\"forged\"}".getBytes());
        assertThat(forgedEntry).isInstanceOf(AuditResult.Disagreement.class);
        assertThat(((AuditResult.Disagreement) forgedEntry).index()).isEqualTo(5);
        assertThat(((AuditResult.Disagreement) forgedEntry).what()).contains("leaf hash of entry 5");
        assertThat(((AuditResult.Disagreement) tampered("ledger_leaf", "leaf_hash", "entry_index = 7", new byte[32]))
                        .index())
                .isEqualTo(7);
        assertThat(((AuditResult.Disagreement)
                                tampered("ledger_tile_hash", "hash", "tile_level = 1 and hash_index = 0", new byte[32]))
                        .index())
                .isEqualTo(0);
    }

    @Test
    void changingTheStoredCheckpointBreaksItsSignature() {
        String note = jdbc.sql("select signed_note from ledger_checkpoint where tree_size = ?")
                .param(size)
                .query(String.class)
                .single();
        String forged = note.replaceFirst("\n" + size + "\n", "\n" + (size + 1) + "\n");
        try {
            jdbc.sql("update ledger_checkpoint set signed_note = ? where tree_size = ?")
                    .params(forged, size)
                    .update();
            assertThatThrownBy(() -> LedgerTestSupport.audit(port, key))
                    .isInstanceOf(VerificationException.class)
                    .hasMessageContaining("invalid signature");
        } finally {
            jdbc.sql("update ledger_checkpoint set signed_note = ? where tree_size = ?")
                    .params(note, size)
                    .update();
        }
    }

    /** Audits the served log while one stored value is changed, then puts the value back. */
    private AuditResult tampered(String table, String column, String where, byte[] value) throws Exception {
        byte[] original = jdbc.sql("select " + column + " from " + table + " where " + where)
                .query((rs, row) -> rs.getBytes(1))
                .single();
        String update = "update " + table + " set " + column + " = ? where " + where;
        try {
            jdbc.sql(update).param(value).update();
            return LedgerTestSupport.audit(port, key);
        } finally {
            jdbc.sql(update).param(original).update();
        }
    }

    @Test
    void aReceiptVerifiesAndAFlippedBitIsRefused() throws Exception {
        long index = grant(42);
        var response = api.get("/api/v1/ledger/receipts/" + index, OFFICER);
        assertThat(response.status()).isEqualTo(200);
        Receipt receipt = Receipt.parse(response.body());

        ReceiptReport report = ReceiptVerifier.verify(receipt, key);
        assertThat(report.index()).isEqualTo(index);
        assertThat(report.disclosedFields()).containsExactly("amount", "enterprise");
        assertThat(receipt.openings().get("amount").value()).isInstanceOf(Long.class);
        assertThat((String) receipt.openings().get("enterprise").value()).startsWith("91310000MA1FL8XQ");
        assertThat(receipt.entryText()).doesNotContain("91310000MA1FL8XQ");

        byte[] json = response.body().getBytes();
        int entryAt = response.body().indexOf("\"entry\":\"") + 12;
        int proofAt = response.body().indexOf("\"proof\":[\"") + 12;
        for (int at : new int[] {entryAt, proofAt}) {
            byte[] flipped = json.clone();
            flipped[at] ^= 0x01;
            assertThatThrownBy(() -> ReceiptVerifier.verify(Receipt.parse(new String(flipped)), key))
                    .as("bit flipped at %d", at)
                    .isInstanceOf(VerificationException.class);
        }
        byte[] entry = receipt.entry();
        entry[entry.length - 3] ^= 0x20;
        Receipt changed = new Receipt(entry, receipt.openings(), index, receipt.proof(), receipt.checkpoint());
        assertThatThrownBy(() -> ReceiptVerifier.verify(changed, key)).isInstanceOf(VerificationException.class);
    }

    @Test
    void receiptsAreForOfficialsAndTheEnterpriseOnly() {
        String receipt = "/api/v1/ledger/receipts/" + grant(1);
        assertThat(api.get(receipt, basic("enterprise", "demo")).status()).isEqualTo(403);
        assertThat(api.get(receipt, null).status()).isEqualTo(401);
        assertThat(api.get(receipt, basic("supervisor", "demo")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/ledger/receipts/999999", OFFICER).status()).isEqualTo(404);
    }

    @Test
    void entriesComeWithInclusionProofsAndSizesWithConsistencyProofs() throws Exception {
        long index = grant(17);
        var entry = api.get("/api/v1/ledger/entries/" + index, null).json();
        assertThat(entry.at("/entry/type").asText()).isEqualTo("GrantDecided");
        assertThat(entry.at("/entry/amount").asText()).startsWith("sha256:");
        Base64.Decoder b64 = Base64.getDecoder();
        List<byte[]> proof = new ArrayList<>();
        entry.get("proof").forEach(h -> proof.add(b64.decode(h.asText())));
        long treeSize = entry.get("treeSize").asLong();
        MemoryTileLog memory = new MemoryTileLog();
        jdbc.sql("select e.entry from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where l.entry_index < ? order by l.entry_index")
                .param(treeSize)
                .query((rs, row) -> rs.getBytes(1))
                .list()
                .forEach(memory::append);
        InclusionVerifier.verify(
                index, treeSize, TreeHasher.leaf(entry.get("entryText").asText().getBytes()), proof, memory.root());

        var consistency = api.get("/api/v1/ledger/consistency?size1=100&size2=" + treeSize, null)
                .json();
        List<byte[]> hashes = new ArrayList<>();
        consistency.get("proof").forEach(h -> hashes.add(b64.decode(h.asText())));
        byte[] root100 = new ProofBuilder(memory.nodeSource(treeSize)).root(100);
        ConsistencyVerifier.verify(100, treeSize, hashes, root100, memory.root());

        var beyond = api.get("/api/v1/ledger/consistency?size1=1&size2=" + (treeSize + 1000), null);
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().at("/errors/0/field").asText()).isEqualTo("size2");
        assertThat(api.get("/api/v1/ledger/entries/99999999", null).status()).isEqualTo(404);
    }

    @Test
    void theExplorerShowsTheLogAndAnEntryWithItsCheckedProof() {
        long index = grant(3);
        var page = api.get("/ledger?index=" + index + "&lang=en", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("The log holds")
                .contains("Entry " + index + ", type GrantDecided")
                .contains("The inclusion proof was checked on this page");
        assertThat(api.get("/ledger", null).body()).contains("可验证账本");
    }

    @Test
    void theVerifyPageSaysWhatAReceiptProvesAndRefusesATamperedOne() throws Exception {
        String receipt = api.get("/api/v1/ledger/receipts/9", OFFICER).body();
        FormClient browser = new FormClient(port);

        assertThat(browser.submitReceipt(receipt, "en"))
                .contains("The receipt is valid")
                .contains("Entry 9 is in the log mingyuan.example/default");
        assertThat(browser.submitReceipt(receipt, "zh-CN")).contains("回执有效").contains("第 9 条记录确实在账本");
        String tampered = receipt.replace("\"index\":9", "\"index\":8");
        assertThat(browser.submitReceipt(tampered, "en")).contains("The receipt is refused");
    }
}
