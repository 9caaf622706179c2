package org.mingyuan.ledger.entry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.checkpoint.SignedCheckpoints;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.json.CanonicalJson;
import org.mingyuan.ledger.json.JsonParser;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.verify.InclusionVerifier;

/** Checks a receipt against the log's verifier key: signature, inclusion and every opened commitment. */
public final class ReceiptVerifier {

    private ReceiptVerifier() {}

    /**
     * Verifies a receipt.
     *
     * @throws ReceiptException naming the check that failed
     */
    public static ReceiptReport verify(Receipt receipt, NoteVerifier logKey) throws ReceiptException {
        Checkpoint checkpoint;
        try {
            checkpoint = SignedCheckpoints.open(receipt.checkpoint(), List.of(logKey))
                    .checkpoint();
        } catch (VerificationException e) {
            throw new ReceiptException(ReceiptException.Check.SIGNATURE, e.getMessage(), e);
        }
        try {
            InclusionVerifier.verify(
                    receipt.index(),
                    checkpoint.size(),
                    TreeHasher.leaf(receipt.entry()),
                    receipt.proof(),
                    checkpoint.root());
        } catch (VerificationException e) {
            throw new ReceiptException(
                    ReceiptException.Check.INCLUSION, "entry is not proven in the checkpoint: " + e.getMessage(), e);
        }
        String text = new String(receipt.entry(), StandardCharsets.UTF_8);
        Object parsed;
        try {
            parsed = JsonParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ReceiptException(ReceiptException.Check.ENTRY, "entry is not JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> fields)
                || !CanonicalJson.write(parsed).equals(text)) {
            throw new ReceiptException(
                    ReceiptException.Check.ENTRY, "entry is not a canonical (RFC 8785) JSON object", null);
        }
        List<String> disclosed = new ArrayList<>();
        for (Map.Entry<String, Opening> e : receipt.openings().entrySet()) {
            Object committed = fields.get(e.getKey());
            String recomputed;
            try {
                recomputed = e.getValue().commitment();
            } catch (IllegalArgumentException malformed) {
                throw new ReceiptException(
                        ReceiptException.Check.COMMITMENT,
                        "opening of field \"" + e.getKey() + "\": " + malformed.getMessage(),
                        malformed);
            }
            if (!recomputed.equals(committed)) {
                throw new ReceiptException(
                        ReceiptException.Check.COMMITMENT,
                        "field \"" + e.getKey() + "\" holds " + committed + ", the opening gives " + recomputed,
                        null);
            }
            disclosed.add(e.getKey());
        }
        disclosed.sort(null);
        return new ReceiptReport(checkpoint.origin(), receipt.index(), checkpoint.size(), disclosed, text);
    }
}
