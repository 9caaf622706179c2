package org.mingyuan.platform.ledger.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.entry.ReceiptReport;
import org.mingyuan.ledger.entry.ReceiptVerifier;
import org.mingyuan.ledger.json.CanonicalJson;
import org.mingyuan.ledger.note.NoteVerifier;

/** The outcome of checking an uploaded receipt: verified with what it proves, or refused with the reason. */
public sealed interface ReceiptCheck {

    /**
     * The receipt verified.
     *
     * @param report what it proves
     * @param disclosed the disclosed values of the committed fields, as canonical JSON, by field name
     */
    record Verified(ReceiptReport report, Map<String, String> disclosed) implements ReceiptCheck {}

    /** The receipt is malformed or does not verify; {@code reason} says which check failed. */
    record Refused(String reason) implements ReceiptCheck {}

    /** Checks a receipt's JSON text against a log key. */
    static ReceiptCheck of(String receiptJson, NoteVerifier logKey) {
        try {
            Receipt receipt = Receipt.parse(receiptJson.strip());
            ReceiptReport report = ReceiptVerifier.verify(receipt, logKey);
            Map<String, String> disclosed = new LinkedHashMap<>();
            report.disclosedFields()
                    .forEach(name -> disclosed.put(
                            name,
                            CanonicalJson.write(receipt.openings().get(name).value())));
            return new Verified(report, disclosed);
        } catch (VerificationException | RuntimeException e) {
            return new Refused(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
