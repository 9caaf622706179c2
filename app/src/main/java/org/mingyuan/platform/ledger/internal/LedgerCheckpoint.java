package org.mingyuan.platform.ledger.internal;

import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.checkpoint.Checkpoint;
import org.mingyuan.ledger.note.Notes;

/** Reads the checkpoint body of a signed note this log stored, without checking signatures. */
final class LedgerCheckpoint {

    private LedgerCheckpoint() {}

    /** Returns the checkpoint in a stored note; throws IllegalStateException if the note is malformed. */
    static Checkpoint parse(String signedNote) {
        try {
            return Checkpoint.parse(Notes.parse(signedNote).text());
        } catch (VerificationException e) {
            throw new IllegalStateException("stored checkpoint is malformed: " + e.getMessage(), e);
        }
    }
}
