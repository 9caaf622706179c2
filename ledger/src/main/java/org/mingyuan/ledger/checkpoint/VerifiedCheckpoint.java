package org.mingyuan.ledger.checkpoint;

import org.mingyuan.ledger.note.OpenedNote;

/** A checkpoint whose note verified, with the note's verified and ignored signatures. */
public record VerifiedCheckpoint(Checkpoint checkpoint, OpenedNote note) {}
