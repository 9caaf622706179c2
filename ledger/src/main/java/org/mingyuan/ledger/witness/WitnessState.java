package org.mingyuan.ledger.witness;

import java.util.List;
import java.util.Optional;
import org.mingyuan.ledger.note.NoteVerifier;

/** What a witness remembers: the logs it knows by origin and the latest tree head it cosigned for each. */
public interface WitnessState {

    /** Returns the keys trusted for a log origin, or empty if the origin is unknown. */
    Optional<List<NoteVerifier>> logKeys(String origin);

    /** Returns the latest tree head cosigned for the origin, or empty if none yet. */
    Optional<TreeHead> latest(String origin);

    /**
     * Atomically replaces the latest tree head if it is still {@code expected} (empty for none).
     *
     * @return false if another request moved it first
     */
    boolean advance(String origin, Optional<TreeHead> expected, TreeHead next);
}
