package org.mingyuan.ledger;

/** A proof, signature, note or receipt that does not verify; the message says what was got and what was wanted. */
public class VerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names what failed. */
    public VerificationException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public VerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
