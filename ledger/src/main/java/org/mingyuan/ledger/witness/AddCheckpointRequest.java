package org.mingyuan.ledger.witness;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.TreeHasher;

/**
 * The body of a C2SP tlog-witness {@code add-checkpoint} request: an {@code old <size>} line, up to 63 base64
 * consistency proof lines, a blank line, then the signed checkpoint.
 */
public record AddCheckpointRequest(long oldSize, List<byte[]> proof, String signedCheckpoint) {

    /** The most proof lines a request may carry. */
    public static final int MAX_PROOF_LINES = 63;

    /** Checks the size and copies the proof. */
    public AddCheckpointRequest {
        if (oldSize < 0) {
            throw new IllegalArgumentException("old size " + oldSize + " is negative");
        }
        proof = List.copyOf(proof);
    }

    /**
     * Parses a request body.
     *
     * @throws VerificationException saying which line is malformed (the witness answers 400)
     */
    public static AddCheckpointRequest parse(String body) throws VerificationException {
        int blank = body.indexOf("\n\n");
        if (blank < 0) {
            throw new VerificationException("request has no blank line before the checkpoint");
        }
        String[] lines = body.substring(0, blank).split("\n", -1);
        if (!lines[0].matches("old (0|[1-9][0-9]{0,18})")) {
            throw new VerificationException("first line \"" + lines[0] + "\", want \"old <size>\"");
        }
        if (lines.length - 1 > MAX_PROOF_LINES) {
            throw new VerificationException(
                    "request has " + (lines.length - 1) + " proof lines, want at most " + MAX_PROOF_LINES);
        }
        List<byte[]> proof = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            byte[] hash;
            try {
                hash = Base64.getDecoder().decode(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new VerificationException("proof line " + i + " is not base64");
            }
            if (hash.length != TreeHasher.HASH_SIZE) {
                throw new VerificationException("proof line " + i + " has " + hash.length + " bytes, want 32");
            }
            proof.add(hash);
        }
        return new AddCheckpointRequest(Long.parseLong(lines[0].substring(4)), proof, body.substring(blank + 2));
    }

    /** Returns the request body. */
    public String format() {
        StringBuilder out = new StringBuilder("old ").append(oldSize).append('\n');
        proof.forEach(h -> out.append(Base64.getEncoder().encodeToString(h)).append('\n'));
        return out.append('\n').append(signedCheckpoint).toString();
    }
}
