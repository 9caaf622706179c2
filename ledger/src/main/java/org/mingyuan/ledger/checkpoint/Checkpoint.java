package org.mingyuan.ledger.checkpoint;

import java.util.Base64;
import java.util.List;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.StrictBase64;
import org.mingyuan.ledger.hash.TreeHasher;

/**
 * A C2SP tlog-checkpoint body: origin, decimal tree size, base64 root hash, then optional extension lines.
 *
 * <p>The root is 32 bytes; the size has no leading zeros; the origin and extension lines are non-empty.
 */
public record Checkpoint(String origin, long size, byte[] root, List<String> extensions) {

    /** Checks every field against the format. */
    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("checkpoint origin must be one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint size " + size + " is negative");
        }
        if (root.length != TreeHasher.HASH_SIZE) {
            throw new IllegalArgumentException("checkpoint root has " + root.length + " bytes, want 32");
        }
        root = root.clone();
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.contains("\n")) {
                throw new IllegalArgumentException("checkpoint extension lines must be single non-empty lines");
            }
        }
    }

    /** Returns a checkpoint without extension lines. */
    public static Checkpoint of(String origin, long size, byte[] root) {
        return new Checkpoint(origin, size, root, List.of());
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    /**
     * Parses a checkpoint body (the note text).
     *
     * @throws VerificationException saying which line is malformed
     */
    public static Checkpoint parse(String text) throws VerificationException {
        if (!text.endsWith("\n")) {
            throw new VerificationException("malformed checkpoint: text must end in a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new VerificationException("malformed checkpoint: " + lines.length + " lines, want at least 3");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new VerificationException("malformed checkpoint: size \"" + lines[1] + "\" is not a decimal");
        }
        long size;
        byte[] root;
        try {
            size = Long.parseLong(lines[1]);
            root = StrictBase64.decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("malformed checkpoint: bad size or root: " + e.getMessage());
        }
        try {
            return new Checkpoint(lines[0], size, root, List.of(lines).subList(3, lines.length));
        } catch (IllegalArgumentException e) {
            throw new VerificationException("malformed checkpoint: " + e.getMessage());
        }
    }

    /** Returns the checkpoint body, each line ending in a newline. */
    public String format() {
        StringBuilder out = new StringBuilder()
                .append(origin)
                .append('\n')
                .append(size)
                .append('\n')
                .append(Base64.getEncoder().encodeToString(root))
                .append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && c.format().equals(format());
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    @Override
    public String toString() {
        return "Checkpoint[" + format().replace("\n", " | ") + "]";
    }
}
