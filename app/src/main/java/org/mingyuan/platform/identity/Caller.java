package org.mingyuan.platform.identity;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, with the scope of their account: the enterprise an enterprise user acts for,
 * the park a park operator runs.
 *
 * @param enterpriseId the enterprise an {@link Role#ENTERPRISE} account acts for; null otherwise
 * @param parkId the park a {@link Role#PARK_OPERATOR} account runs; null otherwise
 */
public record Caller(
        String username,
        Set<Role> roles,
        @Nullable Long enterpriseId,
        @Nullable Long parkId) {

    private static final Set<Role> OFFICIALS =
            EnumSet.of(Role.ADMIN, Role.POLICY_OFFICER, Role.REVIEWER, Role.FINANCE, Role.SUPERVISOR);

    /** True when the caller holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for officials who see the whole registry: administrators, officers, reviewers, finance, supervisors. */
    public boolean isOfficial() {
        return roles.stream().anyMatch(OFFICIALS::contains);
    }
}
