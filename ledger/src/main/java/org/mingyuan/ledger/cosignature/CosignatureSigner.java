package org.mingyuan.ledger.cosignature;

import java.nio.ByteBuffer;
import java.time.InstantSource;
import org.mingyuan.ledger.note.Ed25519;
import org.mingyuan.ledger.note.KeyIds;
import org.mingyuan.ledger.note.NoteSigner;
import org.mingyuan.ledger.note.VerifierKey;

/**
 * A witness's Ed25519 cosigning key (C2SP tlog-cosignature v1, key type 0x04).
 *
 * <p>Its signatures are {@code timestamp (uint64 big-endian) ‖ Ed25519 signature} over {@link CosignedMessage};
 * the timestamp is the clock's current second.
 */
public final class CosignatureSigner implements NoteSigner {

    private final String name;
    private final byte[] seed;
    private final byte[] publicKey;
    private final int keyId;
    private final InstantSource clock;

    /** Creates a cosigner from a name, a 32-byte seed and a clock. */
    public CosignatureSigner(String name, byte[] seed, InstantSource clock) {
        this.name = KeyIds.checkName(name);
        this.seed = seed.clone();
        this.publicKey = Ed25519.publicKey(seed);
        this.keyId = KeyIds.of(name, KeyIds.COSIGNATURE_V1, publicKey);
        this.clock = clock;
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
    public byte[] sign(byte[] checkpointBody) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] signature = Ed25519.sign(seed, CosignedMessage.of(timestamp, checkpointBody));
        return ByteBuffer.allocate(8 + signature.length)
                .putLong(timestamp)
                .put(signature)
                .array();
    }

    /** Returns the cosigner's vkey (type 0x04). */
    public VerifierKey verifierKey() {
        return new VerifierKey(name, keyId, KeyIds.COSIGNATURE_V1, publicKey);
    }

    @Override
    public String toString() {
        return "CosignatureSigner[" + name + "+" + KeyIds.hex(keyId) + "]";
    }
}
