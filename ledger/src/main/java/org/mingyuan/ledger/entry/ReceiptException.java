package org.mingyuan.ledger.entry;

import org.mingyuan.ledger.VerificationException;

/** A receipt that is malformed or fails one of its checks; {@link #check()} names which, the message says how. */
public final class ReceiptException extends VerificationException {

    private static final long serialVersionUID = 1L;

    /** The check a receipt failed, in the order they are made. */
    public enum Check {
        /** The text is not a {@value Receipt#FORMAT} receipt (bad JSON, nesting too deep, missing members). */
        FORMAT,
        /** The checkpoint is not signed by the log's key. */
        SIGNATURE,
        /** The inclusion proof does not lead from the entry to the checkpoint's root. */
        INCLUSION,
        /** The entry is not a canonical JSON object. */
        ENTRY,
        /** An opening does not give the commitment its field holds. */
        COMMITMENT
    }

    private final Check check;

    /** Creates the exception; {@code cause} may be null. */
    ReceiptException(Check check, String message, Throwable cause) {
        super(message, cause);
        this.check = check;
    }

    /** Returns the check that failed. */
    public Check check() {
        return check;
    }
}
