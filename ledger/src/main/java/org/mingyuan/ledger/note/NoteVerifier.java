package org.mingyuan.ledger.note;

/** A key that checks note signatures: matched to signature lines by name and key id. */
public interface NoteVerifier {

    /** Returns the key name. */
    String name();

    /** Returns the key id. */
    int keyId();

    /** Returns whether the signature bytes (after the key id) are valid over the note text. */
    boolean verify(byte[] text, byte[] signature);
}
