package org.mingyuan.platform.scenarios.internal;

import java.util.Set;
import org.mingyuan.platform.ledger.PublicEntryTypes;
import org.mingyuan.platform.scenarios.ScenarioEvents;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger that a scenario's publication, its winner and its acceptance are public facts, as the board shows
 * them: anyone may download the receipt of their entries (without openings) and check it.
 */
@Component
class PublicScenarioEntries implements PublicEntryTypes {

    @Override
    public Set<String> publicEntryTypes() {
        return Set.of(ScenarioEvents.PUBLISHED, ScenarioEvents.WINNER_NAMED, ScenarioEvents.ACCEPTED);
    }
}
