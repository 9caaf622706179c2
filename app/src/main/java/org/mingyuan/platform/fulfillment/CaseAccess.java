package org.mingyuan.platform.fulfillment;

import java.util.Objects;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.StageRole;

/**
 * Who may see and act on which case. An enterprise's own accounts see its cases; officials see every case; a park
 * operator sees the cases of its park's enterprises. Only the current stage's actors act: the operator of the
 * enterprise's park on a park stage, a reviewer of the policy's issuing department on a department stage, a finance
 * official of that department on a finance stage. Finance of the department pays the award; its finance or reviewers
 * record claw-backs.
 */
final class CaseAccess {

    private CaseAccess() {}

    /** True when the caller acts for the case's enterprise. */
    static boolean owns(Caller caller, ReviewCase c) {
        return caller.has(Role.ENTERPRISE)
                && caller.enterpriseId() != null
                && caller.enterpriseId() == c.enterpriseId();
    }

    /** True when the caller may see the case. */
    static boolean readable(Caller caller, ReviewCase c) {
        return owns(caller, c) || caller.isOfficial() || runsPark(caller, c);
    }

    /** True when the caller reviews some stages: park operators, reviewers, finance. */
    static boolean reviews(Caller caller) {
        return caller.has(Role.PARK_OPERATOR) || caller.has(Role.REVIEWER) || caller.has(Role.FINANCE);
    }

    /** True when the case waits on its current stage and the caller acts on that stage. */
    static boolean mayAct(Caller caller, ReviewCase c) {
        if (c.state() != CaseState.IN_REVIEW || c.stageRole() == null) {
            return false;
        }
        return actsAs(caller, c, c.stageRole());
    }

    /** True when the caller acts on stages of {@code role} of this case. */
    static boolean actsAs(Caller caller, ReviewCase c, StageRole role) {
        return switch (role) {
            case PARK -> runsPark(caller, c);
            case DEPARTMENT -> caller.has(Role.REVIEWER) && caller.belongsTo(c.department());
            case FINANCE -> caller.has(Role.FINANCE) && caller.belongsTo(c.department());
        };
    }

    /** True when the caller pays the case's award: finance of its department. */
    static boolean pays(Caller caller, ReviewCase c) {
        return caller.has(Role.FINANCE) && caller.belongsTo(c.department());
    }

    /** True when the caller records claw-backs of the case's award: finance or a reviewer of its department. */
    static boolean clawsBack(Caller caller, ReviewCase c) {
        return (caller.has(Role.FINANCE) || caller.has(Role.REVIEWER)) && caller.belongsTo(c.department());
    }

    private static boolean runsPark(Caller caller, ReviewCase c) {
        return caller.has(Role.PARK_OPERATOR) && caller.parkId() != null && Objects.equals(caller.parkId(), c.parkId());
    }
}
