package org.mingyuan.platform.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Role;

/**
 * A stored account.
 *
 * @param lockedUntil the account refuses logins before this instant; null when not locked
 * @param enterpriseId the enterprise an enterprise account acts for; null for other accounts
 * @param parkId the park a park operator's account runs; null for other accounts
 * @param departments the departments the account belongs to, by name; empty for none
 */
public record Account(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        boolean demo,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Set<Role> roles,
        @Nullable Long enterpriseId,
        @Nullable Long parkId,
        Set<String> departments) {

    /** True when the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
