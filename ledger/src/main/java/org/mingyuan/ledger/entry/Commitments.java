package org.mingyuan.ledger.entry;

import java.security.SecureRandom;
import org.mingyuan.ledger.hash.Hex;
import org.mingyuan.ledger.hash.TreeHasher;
import org.mingyuan.ledger.json.CanonicalJson;

/**
 * Salted SHA-256 commitments to sensitive entry fields.
 *
 * <p>A commitment is the string {@code "sha256:" + hex(SHA-256(salt ‖ JCS(value)))} with a fresh 32-byte random
 * salt per field and entry; receipts carry salts in standard base64. Without the salt the value cannot be guessed
 * by hashing candidates; with salt and value anyone can recompute it.
 */
public final class Commitments {

    /** Bytes in a salt. */
    public static final int SALT_SIZE = 32;

    /** The prefix of every commitment string. */
    public static final String PREFIX = "sha256:";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Commitments() {}

    /** Returns a fresh random salt. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_SIZE];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** Returns the commitment to a JSON value under a salt. */
    public static String commit(byte[] salt, Object value) {
        if (salt.length != SALT_SIZE) {
            throw new IllegalArgumentException("salt has " + salt.length + " bytes, want " + SALT_SIZE);
        }
        byte[] canonical = CanonicalJson.bytes(value);
        byte[] data = new byte[salt.length + canonical.length];
        System.arraycopy(salt, 0, data, 0, salt.length);
        System.arraycopy(canonical, 0, data, salt.length, canonical.length);
        return PREFIX + Hex.encode(TreeHasher.sha256(data));
    }
}
