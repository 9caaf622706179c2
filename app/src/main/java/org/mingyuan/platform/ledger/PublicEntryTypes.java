package org.mingyuan.platform.ledger;

import java.util.Set;

/**
 * Declares entry types that record public facts, such as a policy clause's publication, amendment and withdrawal:
 * anyone, signed in or not, may download the receipt of such an entry and check it at {@code /ledger/verify}.
 *
 * <p>Modules implement it for the {@link org.mingyuan.platform.LedgerRecordable} events they publish as public facts.
 * The receipt anyone gets carries no openings: the salts and values of an entry's committed fields (and its
 * enterprise) still go only to officials and to the accounts acting for the entry's enterprise
 * ({@link EnterpriseRepresentatives}). Every other entry type keeps those rules for the whole receipt.
 */
public interface PublicEntryTypes {

    /** Returns the entry types ({@link org.mingyuan.platform.LedgerRecordable#ledgerType()}) that are public facts. */
    Set<String> publicEntryTypes();
}
