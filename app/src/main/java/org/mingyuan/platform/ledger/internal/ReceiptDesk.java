package org.mingyuan.platform.ledger.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.ledger.entry.Opening;
import org.mingyuan.ledger.entry.Receipt;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.ledger.EnterpriseRepresentatives;
import org.mingyuan.platform.ledger.PublicEntryTypes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Hands out receipts: the entry, the salts and values of its committed fields, its index, the inclusion proof and
 * the served checkpoint.
 *
 * <p>Officials (ADMIN, SUPERVISOR, POLICY_OFFICER) get every receipt; an account some
 * {@link EnterpriseRepresentatives} says acts for the entry's enterprise gets that entry's. Anyone else, signed in or
 * not, gets the receipt of an entry whose type a module declared public ({@link PublicEntryTypes}), without openings,
 * and no other.
 */
@Component
public class ReceiptDesk {

    private static final Set<String> OFFICIALS = Set.of("ROLE_ADMIN", "ROLE_SUPERVISOR", "ROLE_POLICY_OFFICER");

    private final LedgerEntries entries;
    private final PublishedLog log;
    private final List<EnterpriseRepresentatives> representatives;
    private final Set<String> publicTypes = new HashSet<>();

    ReceiptDesk(
            LedgerEntries entries,
            PublishedLog log,
            List<EnterpriseRepresentatives> representatives,
            List<PublicEntryTypes> publicEntryTypes) {
        this.entries = entries;
        this.log = log;
        this.representatives = List.copyOf(representatives);
        publicEntryTypes.forEach(declared -> publicTypes.addAll(declared.publicEntryTypes()));
    }

    /**
     * Returns the receipt of the entry at {@code index} for the caller (null when not signed in).
     *
     * @throws NotFound if the log has no such entry yet
     * @throws AccessDeniedException if the caller is not entitled to it
     */
    public Receipt issue(long index, @Nullable Authentication caller) {
        LedgerEntries.Appended entry = entries.at(index).orElseThrow(() -> new NotFound("ledgerEntry", index));
        PublishedLog.Head head =
                log.head().filter(h -> h.size() > index).orElseThrow(() -> new NotFound("ledgerEntry", index));
        boolean entitled = entitled(caller, entry.enterprise());
        if (!entitled && !publicTypes.contains(entry.type())) {
            throw new AccessDeniedException("no receipt of entry " + index + " for "
                    + (caller == null ? "an anonymous caller" : caller.getName()));
        }
        Map<String, Opening> openings =
                !entitled || entry.openings() == null ? Map.of() : StoredOpenings.read(entry.openings());
        return new Receipt(entry.entry(), openings, index, log.inclusion(index, head.size()), head.note());
    }

    /**
     * Returns the entries, newest first (at most 500), that concern the enterprise with this credit
     * code, each of which has a receipt for the caller.
     *
     * @throws AccessDeniedException if the caller is not entitled to that enterprise's receipts
     */
    public List<LedgerEntries.Concerning> concerning(String creditCode, Authentication caller) {
        if (!entitled(caller, creditCode)) {
            throw new AccessDeniedException("no receipts of " + creditCode + " for " + caller.getName());
        }
        return entries.concerning(creditCode, 500);
    }

    private boolean entitled(@Nullable Authentication caller, @Nullable String enterprise) {
        if (caller == null) {
            return false;
        }
        boolean official = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(OFFICIALS::contains);
        return official
                || (enterprise != null
                        && representatives.stream().anyMatch(r -> r.represents(caller.getName(), enterprise)));
    }
}
