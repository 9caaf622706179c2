package org.mingyuan.platform.incubation;

import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;

/**
 * Who may do what with incubation: administrators and a park's operator manage the park's incubators, incubatees and
 * financing rounds; officials read every incubator; an enterprise reads only its own stays and rounds.
 */
public final class IncubationAccess {

    private IncubationAccess() {}

    /** True when the caller manages the incubators of {@code park}. */
    public static boolean manages(Caller caller, long park) {
        return caller.has(Role.ADMIN)
                || (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null && caller.parkId() == park);
    }

    /** True when the caller reads the incubators of {@code park}. */
    public static boolean reads(Caller caller, long park) {
        return caller.isOfficial() || manages(caller, park);
    }

    /** True when the caller manages or reads any incubator at all: officials and park operators. */
    public static boolean readsIncubators(Caller caller) {
        return caller.isOfficial() || (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null);
    }

    /** The incubator if the caller may read it; otherwise not found, so its existence is not disclosed. */
    static Incubator readable(Caller caller, Incubator incubator) {
        if (!reads(caller, incubator.parkId())) {
            throw new NotFound("incubator", incubator.id());
        }
        return incubator;
    }

    /** The incubator if the caller manages it; not found when it may not even read it. */
    static Incubator managed(Caller caller, Incubator incubator) {
        readable(caller, incubator);
        if (!manages(caller, incubator.parkId())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only administrators and the park's operator manage its incubators");
        }
        return incubator;
    }
}
