package org.mingyuan.platform.ledger.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mingyuan.ledger.entry.CommittedEntry;
import org.mingyuan.platform.LedgerRecordable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns every published {@link LedgerRecordable} event into one pending entry, exactly once.
 *
 * <p>The listener runs after the publisher's transaction commits, in its own transaction; Spring Modulith's
 * event publication registry redelivers it after a crash, and the unique event key makes a redelivery a no-op.
 */
@Component
public class EntryRecorder {

    private static final Set<String> RESERVED = Set.of("type", "event", "enterprise");

    private final LedgerEntries entries;

    /** Creates the recorder over the entries table. */
    public EntryRecorder(LedgerEntries entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(LedgerRecordable event) {
        record(event);
    }

    /**
     * Stores the event's entry unless its key was recorded before.
     *
     * @return true if the entry is new
     * @throws IllegalArgumentException if a field name is reserved, public and sensitive at once, or has no JSON
     *     form
     */
    public boolean record(LedgerRecordable event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Set<String> sensitive = new LinkedHashSet<>(event.sensitiveFields().keySet());
        for (String name : event.publicFields().keySet()) {
            if (RESERVED.contains(name) || sensitive.contains(name)) {
                throw new IllegalArgumentException("field \"" + name + "\" of " + event.ledgerType()
                        + " is reserved or both public and sensitive");
            }
        }
        if (sensitive.stream().anyMatch(RESERVED::contains)) {
            throw new IllegalArgumentException("a sensitive field of " + event.ledgerType() + " has a reserved name");
        }
        fields.putAll(event.publicFields());
        fields.putAll(event.sensitiveFields());
        fields.put("type", event.ledgerType());
        fields.put("event", event.ledgerKey());
        String enterprise = event.enterpriseCreditCode();
        if (enterprise != null) {
            fields.put("enterprise", enterprise);
            sensitive.add("enterprise");
        }
        CommittedEntry entry = CommittedEntry.of(fields, sensitive);
        String openings = entry.openings().isEmpty() ? null : StoredOpenings.write(entry.openings());
        return entries.insertPending(event.ledgerKey(), event.ledgerType(), entry.bytes(), openings, enterprise);
    }
}
