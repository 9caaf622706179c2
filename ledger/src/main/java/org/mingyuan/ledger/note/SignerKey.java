package org.mingyuan.ledger.note;

import java.util.Arrays;
import java.util.Base64;

/**
 * An Ed25519 note signing key, written {@code PRIVATE+KEY+name+hex8(keyID)+base64(0x01 ‖ seed)} as Go's note
 * package does.
 */
public final class SignerKey implements NoteSigner {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final byte[] seed;
    private final byte[] publicKey;
    private final int keyId;

    private SignerKey(String name, byte[] seed) {
        this.name = KeyIds.checkName(name);
        this.seed = seed.clone();
        this.publicKey = Ed25519.publicKey(seed);
        this.keyId = KeyIds.of(name, KeyIds.ED25519, publicKey);
    }

    /** Returns a new random key with the given name. */
    public static SignerKey generate(String name) {
        return new SignerKey(name, Ed25519.newSeed());
    }

    /** Returns the key with the given name and 32-byte seed. */
    public static SignerKey of(String name, byte[] seed) {
        return new SignerKey(name, seed);
    }

    /**
     * Parses the private key form.
     *
     * @throws IllegalArgumentException saying which part is malformed
     */
    public static SignerKey parse(String skey) {
        String s = skey.strip();
        if (!s.startsWith(PREFIX)) {
            throw new IllegalArgumentException("signer key does not start with " + PREFIX);
        }
        String[] parts = s.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("signer key has " + parts.length + " parts after the prefix, want 3");
        }
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        if (typed.length != 1 + Ed25519.KEY_SIZE || typed[0] != KeyIds.ED25519) {
            throw new IllegalArgumentException("signer key material is not 0x01 followed by a 32-byte seed");
        }
        SignerKey key = new SignerKey(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
        if (!KeyIds.hex(key.keyId).equals(parts[1])) {
            throw new IllegalArgumentException("signer key id " + parts[1] + ", want " + KeyIds.hex(key.keyId));
        }
        return key;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    @Override
    public byte[] sign(byte[] text) {
        return Ed25519.sign(seed, text);
    }

    /** Returns the matching verifier key. */
    public VerifierKey verifierKey() {
        return new VerifierKey(name, keyId, KeyIds.ED25519, publicKey);
    }

    /** Returns the private key form; keep it secret. */
    public String encode() {
        byte[] typed = new byte[1 + seed.length];
        typed[0] = KeyIds.ED25519;
        System.arraycopy(seed, 0, typed, 1, seed.length);
        return PREFIX + name + "+" + KeyIds.hex(keyId) + "+"
                + Base64.getEncoder().encodeToString(typed);
    }

    /** Returns the name and key id only, never the seed. */
    @Override
    public String toString() {
        return "SignerKey[" + name + "+" + KeyIds.hex(keyId) + "]";
    }
}
