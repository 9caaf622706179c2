package org.mingyuan.ledger.note;

/** A key that signs notes. */
public interface NoteSigner {

    /** Returns the key name. */
    String name();

    /** Returns the key id. */
    int keyId();

    /** Returns the signature bytes (without the key id) over the note text. */
    byte[] sign(byte[] text);
}
