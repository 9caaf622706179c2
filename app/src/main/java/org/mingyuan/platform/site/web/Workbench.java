package org.mingyuan.platform.site.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;

/**
 * What a caller's workbench (工作台) offers: shortcuts to the pages that exist today for its roles, in
 * a fixed order and without repeats. The to-do list comes from the modules (see {@code WorkbenchTasks}).
 */
record Workbench(List<Shortcut> shortcuts) {

    /** A link on the workbench: the message key of its label and description, and its address. */
    record Shortcut(String key, String href) {}

    static Workbench of(Caller caller) {
        Set<Shortcut> shortcuts = new LinkedHashSet<>();
        if (caller.has(Role.ENTERPRISE)) {
            shortcuts.add(new Shortcut("myEnterprise", "/my/enterprise"));
            shortcuts.add(new Shortcut("inbox", "/my/inbox"));
            shortcuts.add(new Shortcut("materials", "/my/materials"));
            shortcuts.add(new Shortcut("apply", "/my/apply"));
            shortcuts.add(new Shortcut("cases", "/my/cases"));
            shortcuts.add(new Shortcut("grants", "/grants"));
            shortcuts.add(new Shortcut("verify", "/ledger/verify"));
            shortcuts.add(new Shortcut("moveIns", "/move-ins"));
        }
        if (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null) {
            shortcuts.add(new Shortcut("myPark", "/parks/" + caller.parkId()));
            shortcuts.add(new Shortcut("mySpace", "/parks/" + caller.parkId() + "/space"));
            shortcuts.add(new Shortcut("moveIns", "/move-ins"));
        }
        if (caller.has(Role.PARK_OPERATOR) || caller.has(Role.REVIEWER) || caller.has(Role.FINANCE)) {
            shortcuts.add(new Shortcut("review", "/review"));
        }
        if (caller.has(Role.REVIEWER)) {
            shortcuts.add(new Shortcut("grantDesk", "/grants/desk"));
        }
        if (caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN)) {
            shortcuts.add(new Shortcut("policyDesk", "/policy-desk"));
        }
        if (caller.isOfficial()) {
            shortcuts.add(new Shortcut("budgets", "/budgets"));
        }
        if (caller.has(Role.PARK_OPERATOR) || caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN)) {
            shortcuts.add(new Shortcut("enterprises", "/enterprises"));
            shortcuts.add(new Shortcut("imports", "/imports"));
        }
        if (caller.has(Role.REVIEWER) || caller.has(Role.FINANCE) || caller.has(Role.SUPERVISOR)) {
            shortcuts.add(new Shortcut("enterprises", "/enterprises"));
        }
        if (caller.has(Role.PARK_OPERATOR) || caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN)) {
            shortcuts.add(new Shortcut("moveIns", "/move-ins"));
        }
        if (caller.isOfficial() || caller.has(Role.PARK_OPERATOR)) {
            shortcuts.add(new Shortcut("chainMap", "/evaluation/chain"));
        }
        if (caller.has(Role.ADMIN)) {
            shortcuts.add(new Shortcut("accounts", "/accounts"));
            shortcuts.add(new Shortcut("factKinds", "/fact-kinds"));
            shortcuts.add(new Shortcut("calendar", "/calendar"));
        }
        if (caller.has(Role.ADMIN) || caller.has(Role.SUPERVISOR)) {
            shortcuts.add(new Shortcut("supervision", "/supervision"));
            shortcuts.add(new Shortcut("audit", "/audit"));
        }
        if (caller.has(Role.EXPERT)) {
            shortcuts.add(new Shortcut("scoring", "/evaluation"));
        }
        if (caller.has(Role.ADMIN)
                || caller.has(Role.POLICY_OFFICER)
                || caller.has(Role.SUPERVISOR)
                || caller.has(Role.PARK_OPERATOR)) {
            shortcuts.add(new Shortcut("evaluation", "/evaluation"));
        }
        if (caller.has(Role.ENTERPRISE)) {
            shortcuts.add(new Shortcut("recognition", "/my/recognition"));
        }
        if (caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN)) {
            shortcuts.add(new Shortcut("recognitionDesk", "/recognition"));
        }
        if (caller.has(Role.EXPERT)) {
            shortcuts.add(new Shortcut("recognitionPanel", "/recognition"));
        }
        if (caller.isOfficial() || (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null)) {
            shortcuts.add(new Shortcut("incubation", "/incubation"));
        }
        if (caller.has(Role.ENTERPRISE) && caller.enterpriseId() != null) {
            shortcuts.add(new Shortcut("myIncubation", "/my/incubation"));
        }
        if (caller.has(Role.ENTERPRISE)) {
            shortcuts.add(new Shortcut("myScenarios", "/my/scenarios"));
        }
        if (caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN)) {
            shortcuts.add(new Shortcut("scenarioDesk", "/scenario-desk"));
        }
        if (caller.has(Role.EXPERT)) {
            shortcuts.add(new Shortcut("scenarioPanel", "/scenario-panel"));
        }
        shortcuts.add(new Shortcut("scenarios", "/scenarios"));
        shortcuts.add(new Shortcut("policies", "/policies"));
        shortcuts.add(new Shortcut("parks", "/parks"));
        shortcuts.add(new Shortcut("ledger", "/ledger"));
        return new Workbench(new ArrayList<>(shortcuts));
    }
}
