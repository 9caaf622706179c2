package org.mingyuan.platform.evaluation;

import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with evaluations: officials (administrators, policy officers) create, set up, close and compute;
 * supervisors read everything; experts score on their panels and read those evaluations once closed; a park
 * operator reads the published results of its own park; nobody else sees an evaluation at all.
 */
public final class EvaluationAccess {

    private EvaluationAccess() {}

    /** True for the officials who run evaluations and edit systems: administrators and policy officers. */
    public static boolean runs(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER);
    }

    /** True for those who read every evaluation: the officials who run them and supervisors. */
    public static boolean readsAll(Caller caller) {
        return runs(caller) || caller.has(Role.SUPERVISOR);
    }

    /** Refuses a caller who does not run evaluations. */
    public static void requireRunner(Caller caller) {
        if (!runs(caller)) {
            throw new AccessDeniedException("only administrators and policy officers run evaluations");
        }
    }

    /** True when {@code caller} may see {@code evaluation} (its set-up and, where it applies, its result). */
    public static boolean sees(Caller caller, Evaluation evaluation) {
        if (readsAll(caller)) {
            return true;
        }
        if (caller.has(Role.EXPERT) && evaluation.onPanel(caller.username())) {
            return true;
        }
        return operatesEvaluatedPark(caller, evaluation) && evaluation.state() == EvaluationState.PUBLISHED;
    }

    /** True when the caller sees the whole result rather than their own park's row only. */
    public static boolean seesWholeResult(Caller caller, Evaluation evaluation) {
        return readsAll(caller)
                || (caller.has(Role.EXPERT)
                        && evaluation.onPanel(caller.username())
                        && evaluation.state() != EvaluationState.SCORING);
    }

    /** The evaluation if {@code caller} may see it; otherwise not found, so its existence is not disclosed. */
    public static Evaluation visible(Caller caller, Evaluation evaluation) {
        if (!sees(caller, evaluation)) {
            throw new NotFound("evaluation", evaluation.id().value());
        }
        return evaluation;
    }

    private static boolean operatesEvaluatedPark(Caller caller, Evaluation evaluation) {
        return caller.has(Role.PARK_OPERATOR)
                && caller.parkId() != null
                && evaluation.evaluates(new ParkId(caller.parkId()));
    }
}
