package org.mingyuan.ledger.checkpoint;

import java.util.Collection;
import java.util.List;
import org.mingyuan.ledger.VerificationException;
import org.mingyuan.ledger.note.NoteSigner;
import org.mingyuan.ledger.note.NoteVerifier;
import org.mingyuan.ledger.note.Notes;
import org.mingyuan.ledger.note.OpenedNote;

/** Signs checkpoints as signed notes and opens signed checkpoints. */
public final class SignedCheckpoints {

    private SignedCheckpoints() {}

    /** Returns the checkpoint as a signed note, one signature per signer (the log's key first). */
    public static String sign(Checkpoint checkpoint, NoteSigner... signers) {
        return Notes.sign(checkpoint.format(), signers);
    }

    /**
     * Opens a signed checkpoint with the known keys and parses its body.
     *
     * @throws VerificationException if the note does not verify or the body is not a checkpoint
     */
    public static VerifiedCheckpoint open(String signedNote, Collection<? extends NoteVerifier> keys)
            throws VerificationException {
        OpenedNote note = Notes.open(signedNote, keys);
        return new VerifiedCheckpoint(Checkpoint.parse(note.text()), note);
    }

    /**
     * Opens a signed checkpoint and also checks that the log key itself signed it and that the origin is the one
     * expected.
     *
     * @throws VerificationException naming what does not match
     */
    public static VerifiedCheckpoint openFromLog(String signedNote, NoteVerifier logKey, String origin)
            throws VerificationException {
        VerifiedCheckpoint verified = open(signedNote, List.of(logKey));
        if (!verified.checkpoint().origin().equals(origin)) {
            throw new VerificationException(
                    "checkpoint origin \"" + verified.checkpoint().origin() + "\", want \"" + origin + "\"");
        }
        return verified;
    }
}
