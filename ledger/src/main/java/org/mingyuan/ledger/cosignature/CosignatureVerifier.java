package org.mingyuan.ledger.cosignature;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.mingyuan.ledger.note.Ed25519;
import org.mingyuan.ledger.note.KeyIds;
import org.mingyuan.ledger.note.NoteSignature;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.VerifierKey;

/** Verifies Ed25519 tlog-cosignature/v1 signature lines against a witness's type-0x04 vkey. */
public final class CosignatureVerifier implements NoteVerifier {

    private static final int SIGNATURE_SIZE = 8 + Ed25519.SIGNATURE_SIZE;

    private final VerifierKey key;

    /**
     * Creates a verifier for a cosignature vkey.
     *
     * @throws IllegalArgumentException if the key is not of type 0x04 or not 32 bytes
     */
    public CosignatureVerifier(VerifierKey key) {
        if (key.type() != KeyIds.COSIGNATURE_V1 || key.key().length != Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException(
                    "key " + key.name() + " has type " + key.type() + ", want 4 (Ed25519 cosignature key)");
        }
        this.key = key;
    }

    /** Returns a note verifier for any supported vkey: type 0x01 note keys and type 0x04 cosignature keys. */
    public static NoteVerifier forKey(VerifierKey key) {
        return key.type() == KeyIds.COSIGNATURE_V1 ? new CosignatureVerifier(key) : key.noteVerifier();
    }

    /** Returns the timestamp of a cosignature line; throws IllegalArgumentException if it is not one. */
    public static long timestamp(NoteSignature signature) {
        byte[] bytes = signature.signature();
        if (bytes.length != SIGNATURE_SIZE) {
            throw new IllegalArgumentException("cosignature has " + bytes.length + " bytes, want " + SIGNATURE_SIZE);
        }
        return ByteBuffer.wrap(bytes).getLong();
    }

    @Override
    public String name() {
        return key.name();
    }

    @Override
    public int keyId() {
        return key.keyId();
    }

    @Override
    public boolean verify(byte[] checkpointBody, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        long timestamp = ByteBuffer.wrap(signature).getLong();
        if (timestamp < 0) {
            return false;
        }
        byte[] ed25519 = Arrays.copyOfRange(signature, 8, SIGNATURE_SIZE);
        return Ed25519.verify(key.key(), CosignedMessage.of(timestamp, checkpointBody), ed25519);
    }
}
