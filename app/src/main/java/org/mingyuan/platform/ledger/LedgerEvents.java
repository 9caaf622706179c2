package org.mingyuan.platform.ledger;

import java.util.Optional;
import org.mingyuan.platform.ledger.internal.LedgerEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where business events landed in the log, by their keys: for pages that link an event to its entry or receipt. */
@Service
public class LedgerEvents {

    private final LedgerEntries entries;

    LedgerEvents(LedgerEntries entries) {
        this.entries = entries;
    }

    /** The index of the event's entry once it is in the log; empty while pending or when never recorded. */
    @Transactional(readOnly = true)
    public Optional<Long> indexOf(String eventKey) {
        return entries.indexOfEvent(eventKey).flatMap(index -> index);
    }
}
