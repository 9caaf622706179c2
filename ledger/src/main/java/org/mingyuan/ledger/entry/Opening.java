package org.mingyuan.ledger.entry;

/** The salt and value that open the commitment to one entry field. */
public record Opening(byte[] salt, Object value) {

    /** Copies the salt. */
    public Opening {
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Returns the commitment this opening recomputes. */
    public String commitment() {
        return Commitments.commit(salt, value);
    }
}
