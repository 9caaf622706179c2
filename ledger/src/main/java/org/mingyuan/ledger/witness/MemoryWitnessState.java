package org.mingyuan.ledger.witness;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingyuan.ledger.note.NoteVerifier;

/** An in-memory witness state for tests and single-process witnesses; all methods are synchronized. */
public final class MemoryWitnessState implements WitnessState {

    private final Map<String, List<NoteVerifier>> logs = new HashMap<>();
    private final Map<String, TreeHead> heads = new HashMap<>();

    /** Trusts the given keys for a log origin. */
    public synchronized MemoryWitnessState trust(String origin, List<NoteVerifier> keys) {
        logs.put(origin, List.copyOf(keys));
        return this;
    }

    @Override
    public synchronized Optional<List<NoteVerifier>> logKeys(String origin) {
        return Optional.ofNullable(logs.get(origin));
    }

    @Override
    public synchronized Optional<TreeHead> latest(String origin) {
        return Optional.ofNullable(heads.get(origin));
    }

    @Override
    public synchronized boolean advance(String origin, Optional<TreeHead> expected, TreeHead next) {
        TreeHead current = heads.get(origin);
        boolean same = expected.isEmpty()
                ? current == null
                : current != null
                        && current.size() == expected.get().size()
                        && Arrays.equals(current.root(), expected.get().root());
        if (same) {
            heads.put(origin, next);
        }
        return same;
    }
}
