package org.mingyuan.ledger.note;

import java.util.List;

/** A note's text (ending in a newline) and its signatures, not yet verified. */
public record Note(String text, List<NoteSignature> signatures) {

    /** Copies the signature list. */
    public Note {
        signatures = List.copyOf(signatures);
    }

    /** Returns the signed note: text, a blank line, then one line per signature. */
    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(s -> out.append(s.line()));
        return out.toString();
    }
}
