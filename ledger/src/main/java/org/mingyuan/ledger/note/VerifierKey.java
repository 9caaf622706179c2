package org.mingyuan.ledger.note;

import java.util.Arrays;
import java.util.Base64;

/**
 * A verifier key in the C2SP vkey form {@code name+hex8(keyID)+base64(type ‖ key)}.
 *
 * <p>The type byte is 0x01 for Ed25519 note signatures and 0x04 for Ed25519 cosignatures; {@link #noteVerifier()}
 * serves the first, the cosignature package the second.
 */
public record VerifierKey(String name, int keyId, byte type, byte[] key) {

    /** Checks the name and that the key id is the one the name, type and key imply. */
    public VerifierKey {
        KeyIds.checkName(name);
        key = key.clone();
        int want = KeyIds.of(name, type, key);
        if (keyId != want) {
            throw new IllegalArgumentException(
                    "verifier key id " + KeyIds.hex(keyId) + " does not match its key, want " + KeyIds.hex(want));
        }
    }

    /**
     * Parses a vkey string.
     *
     * @throws IllegalArgumentException saying which part is malformed
     */
    public static VerifierKey parse(String vkey) {
        String[] parts = vkey.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("verifier key has " + parts.length + " '+'-separated parts, want 3");
        }
        if (!parts[1].matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("verifier key id \"" + parts[1] + "\" is not 8 lowercase hex digits");
        }
        byte[] typed;
        try {
            typed = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("verifier key material is not base64", e);
        }
        if (typed.length < 2) {
            throw new IllegalArgumentException("verifier key material has " + typed.length + " bytes");
        }
        return new VerifierKey(
                parts[0], Integer.parseUnsignedInt(parts[1], 16), typed[0], Arrays.copyOfRange(typed, 1, typed.length));
    }

    /** Returns a verifier for Ed25519 note signatures; throws IllegalArgumentException for another type. */
    public NoteVerifier noteVerifier() {
        if (type != KeyIds.ED25519 || key.length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("key " + name + " has type " + type + ", want 1 (Ed25519 note key)");
        }
        return new Ed25519NoteVerifier(name, keyId, key);
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    /** Returns the vkey string. */
    @Override
    public String toString() {
        byte[] typed = new byte[key.length + 1];
        typed[0] = type;
        System.arraycopy(key, 0, typed, 1, key.length);
        return name + "+" + KeyIds.hex(keyId) + "+" + Base64.getEncoder().encodeToString(typed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey k && k.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    private record Ed25519NoteVerifier(String name, int keyId, byte[] publicKey) implements NoteVerifier {
        @Override
        public boolean verify(byte[] text, byte[] signature) {
            return Ed25519.verify(publicKey, text, signature);
        }
    }
}
