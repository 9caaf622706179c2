package org.mingyuan.platform.registry.internal;

import java.util.Objects;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.Enterprise;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and change which enterprise. Officials see every enterprise; administrators and policy
 * officers change any; a park operator sees and changes the enterprises of its park; an enterprise
 * user sees and changes only its own. An enterprise a caller may not see is answered as missing, so
 * its existence is not revealed.
 */
public final class RegistryAccess {

    private RegistryAccess() {}

    /** Refuses, as "not found", a caller who may not see {@code enterprise}. */
    public static void requireVisible(Caller caller, Enterprise enterprise) {
        if (!visible(caller, enterprise)) {
            throw new NotFound("enterprise", enterprise.creditCode().value());
        }
    }

    /** Refuses a caller who may not change {@code enterprise}. */
    public static void requireEditable(Caller caller, Enterprise enterprise) {
        requireVisible(caller, enterprise);
        if (!editable(caller, enterprise)) {
            throw new AccessDeniedException("may not change enterprise " + enterprise.creditCode());
        }
    }

    /** Refuses a caller who may not register an enterprise in {@code parkId} (null: outside any park). */
    public static void requireMayRegister(Caller caller, @org.jspecify.annotations.Nullable Long parkId) {
        boolean official = caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER);
        boolean operator = caller.has(Role.PARK_OPERATOR) && parkId != null && parkId.equals(caller.parkId());
        if (!official && !operator) {
            throw new AccessDeniedException("may not register enterprises in park " + parkId);
        }
    }

    /**
     * True when the caller may lease park space to an enterprise placed in {@code parkId} (null: in
     * no park): administrators and policy officers to any, a park operator only to its own park's
     * enterprises, so that a lease never moves an enterprise registered elsewhere into its park.
     */
    public static boolean mayLeaseTo(Caller caller, @org.jspecify.annotations.Nullable Long parkId) {
        boolean official = caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER);
        return official
                || (caller.has(Role.PARK_OPERATOR)
                        && caller.parkId() != null
                        && caller.parkId().equals(parkId));
    }

    /**
     * The message code for a tenant that is not registered or that the caller may not lease to; a
     * park operator hears the same of both, so it learns nothing of enterprises outside its park.
     */
    public static String unknownTenant(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER)
                ? "registry.unknownEnterprise"
                : "registry.notParkTenant";
    }

    /** True when the caller may see {@code enterprise}. */
    public static boolean visible(Caller caller, Enterprise enterprise) {
        return caller.isOfficial() || operates(caller, enterprise) || owns(caller, enterprise);
    }

    /** True when the caller may change {@code enterprise}'s profile and state its facts. */
    public static boolean editable(Caller caller, Enterprise enterprise) {
        return caller.has(Role.ADMIN)
                || caller.has(Role.POLICY_OFFICER)
                || operates(caller, enterprise)
                || owns(caller, enterprise);
    }

    private static boolean operates(Caller caller, Enterprise enterprise) {
        return caller.has(Role.PARK_OPERATOR)
                && caller.parkId() != null
                && Objects.equals(caller.parkId(), enterprise.parkId());
    }

    /** True when the caller is one of the enterprise's own accounts. */
    public static boolean owns(Caller caller, Enterprise enterprise) {
        return caller.has(Role.ENTERPRISE)
                && caller.enterpriseId() != null
                && caller.enterpriseId() == enterprise.id().value();
    }
}
