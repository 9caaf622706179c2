package org.mingyuan.ledger.note;

import java.util.List;

/** A note whose signatures from known keys all verified; {@code unverified} are those from unknown keys. */
public record OpenedNote(String text, List<NoteSignature> verified, List<NoteSignature> unverified) {

    /** Copies the lists. */
    public OpenedNote {
        verified = List.copyOf(verified);
        unverified = List.copyOf(unverified);
    }
}
