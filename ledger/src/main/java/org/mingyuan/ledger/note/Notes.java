package org.mingyuan.ledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.hash.StrictBase64;

/**
 * Signs, parses and opens C2SP signed notes.
 *
 * <p>A signed note is text ending in a newline, a blank line, then signature lines {@code — <name>
 * base64(keyID ‖ signature)}. Opening ignores signatures from unknown keys, fails on a bad signature from a known
 * one, and needs at least one known signature. Up to {@value #MAX_SIGNATURES} signature lines are accepted.
 */
public final class Notes {

    /** The most signature lines a note may carry. */
    public static final int MAX_SIGNATURES = 100;

    private static final String DASH = "\u2014 ";

    private Notes() {}

    /**
     * Returns the signed note of a text with one signature per signer.
     *
     * @throws IllegalArgumentException if the text is empty, does not end in a newline or has control characters
     */
    public static String sign(String text, NoteSigner... signers) {
        checkText(text);
        List<NoteSignature> signatures = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (NoteSigner signer : signers) {
            signatures.add(new NoteSignature(signer.name(), signer.keyId(), signer.sign(bytes)));
        }
        return new Note(text, signatures).format();
    }

    /**
     * Splits a signed note into text and signatures without checking any signature.
     *
     * @throws VerificationException saying how the note is malformed
     */
    public static Note parse(String message) throws VerificationException {
        int split = message.lastIndexOf("\n\n");
        if (split < 0) {
            throw new VerificationException("malformed note: no blank line before the signatures");
        }
        String text = message.substring(0, split + 1);
        String block = message.substring(split + 2);
        try {
            checkText(text);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("malformed note: " + e.getMessage());
        }
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new VerificationException("malformed note: signature block must be lines ending in a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new VerificationException(
                    "malformed note: " + lines.length + " signature lines, want at most " + MAX_SIGNATURES);
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            signatures.add(parseLine(lines[i], i + 1));
        }
        return new Note(text, signatures);
    }

    /**
     * Parses a signed note and checks its signatures against the known keys.
     *
     * @throws VerificationException if the note is malformed, a known key's signature is invalid or repeated, or
     *     no known key signed it
     */
    public static OpenedNote open(String message, Collection<? extends NoteVerifier> keys)
            throws VerificationException {
        Note note = parse(message);
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> verified = new ArrayList<>();
        List<NoteSignature> unverified = new ArrayList<>();
        Set<NoteVerifier> seen = new HashSet<>();
        for (NoteSignature signature : note.signatures()) {
            NoteVerifier key = find(keys, signature);
            if (key == null) {
                unverified.add(signature);
                continue;
            }
            if (!seen.add(key)) {
                throw new VerificationException("note has two signatures from key " + key.name());
            }
            if (!key.verify(text, signature.signature())) {
                throw new VerificationException("invalid signature from key " + key.name() + "+"
                        + KeyIds.hex(key.keyId()) + " over the note text");
            }
            verified.add(signature);
        }
        if (verified.isEmpty()) {
            throw new VerificationException("note has no signature from a known key ("
                    + note.signatures().size() + " signature lines, " + keys.size() + " known keys)");
        }
        return new OpenedNote(note.text(), verified, unverified);
    }

    private static NoteVerifier find(Collection<? extends NoteVerifier> keys, NoteSignature signature) {
        for (NoteVerifier key : keys) {
            if (key.name().equals(signature.name()) && key.keyId() == signature.keyId()) {
                return key;
            }
        }
        return null;
    }

    private static NoteSignature parseLine(String line, int number) throws VerificationException {
        if (!line.startsWith(DASH)) {
            throw new VerificationException("malformed note: signature line " + number + " does not start with \"— \"");
        }
        String rest = line.substring(DASH.length());
        int space = rest.indexOf(' ');
        if (space <= 0 || rest.indexOf(' ', space + 1) >= 0) {
            throw new VerificationException("malformed note: signature line " + number + " is not \"— name sig\"");
        }
        byte[] blob;
        try {
            blob = StrictBase64.decode(rest.substring(space + 1));
        } catch (IllegalArgumentException e) {
            throw new VerificationException("malformed note: signature line " + number + " is not base64");
        }
        if (blob.length < 5) {
            throw new VerificationException(
                    "malformed note: signature line " + number + " has " + blob.length + " bytes, want at least 5");
        }
        try {
            return new NoteSignature(
                    rest.substring(0, space), ByteBuffer.wrap(blob).getInt(), Arrays.copyOfRange(blob, 4, blob.length));
        } catch (IllegalArgumentException e) {
            throw new VerificationException("malformed note: signature line " + number + ": " + e.getMessage());
        }
    }

    private static void checkText(String text) {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must be non-empty and end in a newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7f || Character.isSurrogate(c) && !validPair(text, i)) {
                throw new IllegalArgumentException("note text has a control character at offset " + i);
            }
        }
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i))
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
