package org.mingyuan.ledger.note;

import java.nio.ByteBuffer;
import java.util.Base64;

/** One signature line of a note: {@code — <name> base64(keyID ‖ signature)}. */
public record NoteSignature(String name, int keyId, byte[] signature) {

    /** Copies the signature bytes. */
    public NoteSignature {
        KeyIds.checkName(name);
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Returns the signature line, ending in a newline. */
    public String line() {
        byte[] blob = ByteBuffer.allocate(4 + signature.length)
                .putInt(keyId)
                .put(signature)
                .array();
        return "\u2014 " + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
    }
}
