package org.mingyuan.platform.identity;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, with the scope of their account: the enterprise an enterprise user acts for,
 * the park a park operator runs, the departments a reviewer or finance official belongs to.
 *
 * @param enterpriseId the enterprise an {@link Role#ENTERPRISE} account acts for; null otherwise
 * @param parkId the park a {@link Role#PARK_OPERATOR} account runs; null otherwise
 * @param departments the departments the account belongs to, named as policies name their issuing department; never
 *     null, empty for none
 */
public record Caller(
        String username,
        Set<Role> roles,
        @Nullable Long enterpriseId,
        @Nullable Long parkId,
        Set<String> departments) {

    /** Copies the departments; absent means none. */
    public Caller {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    /** A caller who belongs to no department. */
    public Caller(String username, Set<Role> roles, @Nullable Long enterpriseId, @Nullable Long parkId) {
        this(username, roles, enterpriseId, parkId, Set.of());
    }

    private static final Set<Role> OFFICIALS =
            EnumSet.of(Role.ADMIN, Role.POLICY_OFFICER, Role.REVIEWER, Role.FINANCE, Role.SUPERVISOR);

    /** True when the caller holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the account belongs to {@code department}. */
    public boolean belongsTo(String department) {
        return departments.contains(department);
    }

    /** True for officials who see the whole registry: administrators, officers, reviewers, finance, supervisors. */
    public boolean isOfficial() {
        return roles.stream().anyMatch(OFFICIALS::contains);
    }
}
