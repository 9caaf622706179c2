package org.mingyuan.platform.registry.imports;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.internal.RegistryAccess;

/**
 * Which enterprises and parks a caller may import for: administrators and policy officers all of
 * them, a park operator its own park's; nobody else may import.
 */
record ImportScope(Caller caller) {

    /** True when the caller may import at all. */
    static boolean mayImport(Caller caller) {
        return official(caller) || (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null);
    }

    /** True when the caller may import enterprises placed in {@code parkId} (null: in no park). */
    boolean mayPlaceIn(@Nullable Long parkId) {
        return official(caller) || (parkId != null && parkId.equals(caller.parkId()));
    }

    /** True when the caller may import for an existing enterprise placed in {@code parkId}. */
    boolean mayChange(@Nullable Long parkId) {
        return official(caller) || Objects.equals(parkId, caller.parkId());
    }

    /** True when the caller may lease space to an enterprise placed in {@code parkId} (null: in no park). */
    boolean mayLeaseTo(@Nullable Long parkId) {
        return RegistryAccess.mayLeaseTo(caller, parkId);
    }

    private static boolean official(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER);
    }
}
