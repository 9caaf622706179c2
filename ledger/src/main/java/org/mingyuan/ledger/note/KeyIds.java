package org.mingyuan.ledger.note;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.mingyuan.ledger.hash.TreeHasher;

/** Key ids of signed-note keys: the first 4 bytes of SHA-256(name ‖ 0x0A ‖ type ‖ key), as a big-endian int. */
public final class KeyIds {

    /** The signature type of Ed25519 note signatures. */
    public static final byte ED25519 = 0x01;

    /** The signature type of Ed25519 tlog-cosignature/v1 cosignatures. */
    public static final byte COSIGNATURE_V1 = 0x04;

    private KeyIds() {}

    /** Returns the key id of a named key of the given signature type. */
    public static int of(String name, byte type, byte[] key) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        data.write('\n');
        data.write(type);
        data.writeBytes(key);
        return ByteBuffer.wrap(TreeHasher.sha256(data.toByteArray())).getInt();
    }

    /** Returns the 8 lowercase hex digits of a key id. */
    public static String hex(int keyId) {
        return String.format("%08x", keyId);
    }

    /** Checks a key name: not empty, no whitespace and no '+'. */
    public static String checkName(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c) || c < 0x20)) {
            throw new IllegalArgumentException("bad key name \"" + name + "\": want non-empty, no spaces, no '+'");
        }
        return name;
    }
}
