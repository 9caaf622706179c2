package org.mingyuan.ledger.cosignature;

import java.nio.charset.StandardCharsets;

/** The message an Ed25519 tlog-cosignature/v1 signs: {@code cosignature/v1\ntime <ts>\n} then the checkpoint body. */
public final class CosignedMessage {

    private CosignedMessage() {}

    /** Returns the signed message bytes for a POSIX timestamp and a checkpoint body (note text). */
    public static byte[] of(long timestamp, byte[] checkpointBody) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("cosignature timestamp " + timestamp + " is beyond 2^63 - 1");
        }
        byte[] header = ("cosignature/v1\ntime " + timestamp + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[header.length + checkpointBody.length];
        System.arraycopy(header, 0, message, 0, header.length);
        System.arraycopy(checkpointBody, 0, message, header.length, checkpointBody.length);
        return message;
    }
}
