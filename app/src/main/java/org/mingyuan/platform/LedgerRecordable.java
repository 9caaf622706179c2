package org.mingyuan.platform;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A business event that the verifiable ledger records as exactly one entry.
 *
 * <p>A module makes an event recordable by letting its event record implement this interface; the
 * ledger module listens for every published {@code LedgerRecordable}, so the publisher never depends
 * on the ledger. The entry is the canonical JSON object of {@code type}, {@code event} (the key), the
 * public fields in the clear, and the sensitive fields (and the enterprise, when there is one) as
 * salted SHA-256 commitments whose salts only the entitled party receives, in its receipt.
 *
 * <p>Field values must have a JSON form: strings, booleans, whole numbers within ±2^53 (write money
 * in fen), lists and string-keyed maps of these. Field names must not be {@code type},
 * {@code event} or {@code enterprise}, and no name may be both public and sensitive.
 */
public interface LedgerRecordable {

    /**
     * Returns the key that identifies this event for ever, such as a UUID the publisher puts in the
     * event; a second event with the same key is not recorded again. At most 200 characters.
     */
    String ledgerKey();

    /** Returns the entry type, the event's name in the past tense, e.g. {@code PayoutRecorded}. */
    String ledgerType();

    /** Returns the fields anyone may read in the log; never null, may be empty. */
    Map<String, ?> publicFields();

    /** Returns the fields the log only commits to (personal or commercially sensitive); never null. */
    Map<String, ?> sensitiveFields();

    /**
     * Returns the unified social credit code of the enterprise the event concerns, or null; that
     * enterprise may download the entry's receipt.
     */
    default @Nullable String enterpriseCreditCode() {
        return null;
    }
}
