package org.mingyuan.platform.policy.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingyuan.platform.ledger.PublicEntryTypes;
import org.mingyuan.platform.policy.ClauseRecorded;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger that the publication, amendment and withdrawal of a clause are public facts: anyone may download
 * the receipts of their entries and check them.
 */
@Component
class PublicClauseEntries implements PublicEntryTypes {

    @Override
    public Set<String> publicEntryTypes() {
        return Arrays.stream(ClauseRecorded.Action.values())
                .map(ClauseRecorded.Action::type)
                .collect(Collectors.toUnmodifiableSet());
    }
}
