package org.mingyuan.platform.fulfillment.internal;

import java.util.Set;
import org.mingyuan.platform.fulfillment.StepKind;
import org.mingyuan.platform.ledger.PublicEntryTypes;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger that an award's approval, or its grant without application (免申即享), is a public fact, as its
 * public notice (公示) lists it: anyone may download the receipt of its entry (without openings) and check it.
 */
@Component
class PublicAwardEntries implements PublicEntryTypes {

    @Override
    public Set<String> publicEntryTypes() {
        return Set.of(StepKind.APPROVED.ledgerType(), StepKind.GRANTED.ledgerType());
    }
}
