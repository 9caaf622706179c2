package org.mingyuan.platform.ledger;

import java.util.Collection;
import java.util.Map;
import org.mingyuan.platform.ledger.internal.LedgerEntries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where business events landed in the log, by event key ({@link org.mingyuan.platform.LedgerRecordable#ledgerKey()}):
 * for other modules' pages, which link an entry's receipt once it is appended.
 */
@Service
@Transactional(readOnly = true)
public class EventEntries {

    private final LedgerEntries entries;

    EventEntries(LedgerEntries entries) {
        this.entries = entries;
    }

    /**
     * The index of each event of {@code eventKeys} whose entry is appended to the log; an event not recorded, or
     * recorded and still waiting for the sequencer, is left out.
     */
    public Map<String, Long> appended(Collection<String> eventKeys) {
        return entries.indexesOfEvents(eventKeys);
    }
}
