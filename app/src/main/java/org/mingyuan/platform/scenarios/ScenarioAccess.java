package org.mingyuan.platform.scenarios;

import java.util.List;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with a scenario: its department's policy officers (and administrators) run it, the experts of its
 * panel score it, enterprises propose for themselves; the scenario itself is public.
 */
public final class ScenarioAccess {

    private ScenarioAccess() {}

    /** True when the caller may publish for {@code department}: an administrator, or an officer belonging to it. */
    public static boolean publishesFor(Caller caller, String department) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER) && caller.belongsTo(department);
    }

    /** True when the caller runs the scenario: its department's officer, or an administrator. */
    public static boolean runs(Caller caller, Scenario scenario) {
        return publishesFor(caller, scenario.department());
    }

    /** Refuses a caller who does not run the scenario. */
    public static void requireRunner(Caller caller, Scenario scenario) {
        if (!runs(caller, scenario)) {
            throw new AccessDeniedException("only the officers of " + scenario.department() + " run this scenario");
        }
    }

    /** True when the caller is an expert on the panel. */
    public static boolean onPanel(Caller caller, List<Panelist> panel) {
        return caller.has(Role.EXPERT)
                && panel.stream().anyMatch(member -> member.username().equals(caller.username()));
    }

    /**
     * True when the panelist is tied to the proposing enterprise (conflict of interest, 利益冲突): the account acts for
     * it, or the expert declared an affiliation with it.
     */
    public static boolean tied(Panelist member, Caller account, Proposal proposal) {
        Long acting = account.enterpriseId();
        return acting != null && acting == proposal.enterpriseId()
                || member.affiliations().contains(proposal.creditCode());
    }
}
