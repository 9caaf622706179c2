package org.mingyuan.ledger.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mingyuan.ledger.json.CanonicalJson;

/** A ledger entry as canonical JSON bytes, with the openings of the fields replaced by commitments. */
public record CommittedEntry(byte[] bytes, Map<String, Opening> openings) {

    /** Copies the bytes and the map. */
    public CommittedEntry {
        bytes = bytes.clone();
        openings = Map.copyOf(openings);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Builds the entry of a JSON object, replacing each top-level field named in {@code sensitive} by a salted
     * commitment; the application keeps the openings for the receipt holder.
     */
    public static CommittedEntry of(Map<String, ?> fields, Set<String> sensitive) {
        Map<String, Object> entry = new LinkedHashMap<>(fields);
        Map<String, Opening> openings = new LinkedHashMap<>();
        for (String name : sensitive) {
            if (!fields.containsKey(name)) {
                throw new IllegalArgumentException("no field \"" + name + "\" to commit to");
            }
            Opening opening = new Opening(Commitments.newSalt(), fields.get(name));
            openings.put(name, opening);
            entry.put(name, opening.commitment());
        }
        return new CommittedEntry(CanonicalJson.bytes(entry), openings);
    }
}
