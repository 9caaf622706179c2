package org.mingyuan.ledger.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.proof.ProofBuilder;
import org.mingyuan.ledger.testing.LogFixture;

class ReceiptTests {

    private final LogFixture fixture = new LogFixture(300);
    private final NoteVerifier key = fixture.key.verifierKey().noteVerifier();
    private Receipt receipt;

    @BeforeEach
    void record() {
        CommittedEntry entry = CommittedEntry.of(
                Map.of("type", "SubsidyPaid", "enterprise", "园区企业 42", "amount", 120000.5),
                Set.of("enterprise", "amount"));
        long index = fixture.log.append(entry.bytes());
        for (int i = 0; i < 50; i++) {
            fixture.log.append(("{\"after\":" + i + "}").getBytes());
        }
        long size = fixture.log.size();
        receipt = new Receipt(
                entry.bytes(),
                entry.openings(),
                index,
                new ProofBuilder(fixture.log.nodeSource(size)).inclusion(index, size),
                fixture.signedCheckpoint());
    }

    @Test
    void receiptVerifiesAndSaysWhatItProves() throws Exception {
        ReceiptReport report = ReceiptVerifier.verify(Receipt.parse(receipt.toJson()), key);
        assertThat(report.index()).isEqualTo(300);
        assertThat(report.size()).isEqualTo(351);
        assertThat(report.disclosedFields()).containsExactly("amount", "enterprise");
        assertThat(report.entryText()).contains("\"enterprise\":\"sha256:").doesNotContain("园区企业");
        assertThat(report.english()).contains("Entry 300 is in the log");
        assertThat(report.chinese()).contains("第 300 条记录");
    }

    @Test
    void everySingleBitFlipInTheReceiptIsRefused() {
        byte[] bytes = receipt.toJson().getBytes(StandardCharsets.UTF_8);
        List<String> accepted = new ArrayList<>();
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] copy = bytes.clone();
            copy[bit / 8] ^= (byte) (1 << (bit % 8));
            String flipped = new String(copy, StandardCharsets.UTF_8);
            try {
                ReceiptVerifier.verify(Receipt.parse(flipped), key);
                accepted.add("bit " + bit % 8 + " of byte " + bit / 8 + ": " + flipped);
            } catch (ReceiptException refused) {
                // as it must be
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void malformedReceiptsAreRefusedAsNotAReceipt() {
        String json = receipt.toJson();
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        for (String malformed : List.of(
                json.replaceFirst("\"proof\":\\[", "\"proof\":[null,"),
                json.replaceFirst("\"index\":300", "\"index\":" + deep),
                json.replaceFirst("\"index\":300", "\"index\":\"300\""),
                json.substring(0, json.length() - 1))) {
            assertThatThrownBy(() -> Receipt.parse(malformed))
                    .as(malformed)
                    .isInstanceOfSatisfying(
                            ReceiptException.class,
                            e -> assertThat(e.check()).isEqualTo(ReceiptException.Check.FORMAT));
        }
    }

    @Test
    void wrongOpeningIsRefusedNamingTheField() {
        Map<String, Opening> openings = new HashMap<>(receipt.openings());
        openings.put("amount", new Opening(openings.get("amount").salt(), 999));
        Receipt tampered =
                new Receipt(receipt.entry(), openings, receipt.index(), receipt.proof(), receipt.checkpoint());
        assertThatThrownBy(() -> ReceiptVerifier.verify(tampered, key)).hasMessageContaining("field \"amount\"");
    }

    @Test
    void commitmentIsSaltedHashOfTheCanonicalValue() {
        byte[] salt = new byte[32];
        assertThat(Commitments.commit(salt, Map.of("b", 1, "a", 2)))
                .isEqualTo(Commitments.commit(salt, Map.of("a", 2, "b", 1)))
                .startsWith("sha256:")
                .hasSize(7 + 64);
        assertThat(Commitments.commit(Commitments.newSalt(), "x")).isNotEqualTo(Commitments.commit(salt, "x"));
    }
}
