package org.mingyuan.platform.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.ledger.entry.ReceiptException;
import org.mingyuan.ledger.entry.ReceiptReport;
import org.mingyuan.ledger.entry.ReceiptVerifier;
import org.mingyuan.ledger.json.CanonicalJson;
import org.mingyuan.ledger.json.JsonParser;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.VerifierKey;

/** The outcome of checking an uploaded receipt: verified with what it proves, or refused with the reason. */
public sealed interface ReceiptCheck {

    /** The largest receipt checked, in KiB; the receipts this ledger issues are a few KiB. */
    int MAX_KIB = 256;

    /**
     * The receipt verified.
     *
     * @param report what it proves
     * @param disclosed the disclosed values of the committed fields, as canonical JSON, by field name
     */
    record Verified(ReceiptReport report, Map<String, String> disclosed) implements ReceiptCheck {}

    /**
     * The receipt was not checked or did not verify.
     *
     * @param reason which check it failed
     * @param detail how, in the verifier's words (English); empty when the reason says all
     */
    record Refused(Reason reason, String detail) implements ReceiptCheck {}

    /** Why a receipt was refused; the first four are requests that cannot be checked at all. */
    enum Reason {
        EMPTY,
        TOO_LARGE,
        KEY,
        FORMAT,
        SIGNATURE,
        INCLUSION,
        ENTRY,
        COMMITMENT;

        /** Returns the message code, {@code ledger.verify.refused.} and the reason, taking {@link #arguments()}. */
        public String messageCode() {
            return "ledger.verify.refused." + name().toLowerCase(Locale.ROOT);
        }

        /** Returns the limits the messages name: the largest receipt in KiB and the deepest nesting. */
        public static List<Object> arguments() {
            return List.of(MAX_KIB, JsonParser.MAX_DEPTH);
        }

        /** Returns whether the request itself is malformed, rather than a receipt that fails a check. */
        public boolean badRequest() {
            return compareTo(FORMAT) <= 0;
        }

        static Reason of(ReceiptException.Check check) {
            return switch (check) {
                case FORMAT -> FORMAT;
                case SIGNATURE -> SIGNATURE;
                case INCLUSION -> INCLUSION;
                case ENTRY -> ENTRY;
                case COMMITMENT -> COMMITMENT;
            };
        }
    }

    /** A receipt larger than {@link #MAX_KIB}. */
    static ReceiptCheck tooLarge() {
        return new Refused(Reason.TOO_LARGE, "");
    }

    /** Checks a receipt's JSON text against a log's verifier key (vkey text). */
    static ReceiptCheck of(String receiptJson, String verifierKey) {
        String text = receiptJson.strip();
        if (text.isEmpty()) {
            return new Refused(Reason.EMPTY, "");
        }
        if (text.length() > MAX_KIB * 1024) {
            return tooLarge();
        }
        NoteVerifier logKey;
        try {
            logKey = VerifierKey.parse(verifierKey).noteVerifier();
        } catch (IllegalArgumentException e) {
            return new Refused(Reason.KEY, String.valueOf(e.getMessage()));
        }
        try {
            Receipt receipt = Receipt.parse(text);
            ReceiptReport report = ReceiptVerifier.verify(receipt, logKey);
            Map<String, String> disclosed = new LinkedHashMap<>();
            report.disclosedFields()
                    .forEach(name -> disclosed.put(
                            name,
                            CanonicalJson.write(receipt.openings().get(name).value())));
            return new Verified(report, disclosed);
        } catch (ReceiptException e) {
            return new Refused(Reason.of(e.check()), String.valueOf(e.getMessage()));
        }
    }
}
