package org.mingyuan.platform.scenarios;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.matching.StandaloneConditions;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.scenarios.ScenarioEvents.ScenarioPublished;
import org.mingyuan.platform.scenarios.internal.Scenarios;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's desk for its scenarios (发榜): publishes a scenario, with its eligibility checked by the rule
 * language's compiler and its panel checked against the expert accounts, and closes its call for proposals. Eligible
 * enterprises are pushed the scenario once it is published.
 */
@Service
public class ScenarioDesk {

    private final Scenarios scenarios;
    private final StandaloneConditions conditions;
    private final ParkCatalog parks;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScenarioDesk(
            Scenarios scenarios,
            StandaloneConditions conditions,
            ParkCatalog parks,
            Callers callers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.scenarios = scenarios;
        this.conditions = conditions;
        this.parks = parks;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a scenario for a department the caller belongs to; every problem of the draft is named at once. */
    @Transactional
    public Scenario publish(Caller caller, ScenarioDraft draft) {
        return publish(caller, draft, false);
    }

    /** Publishes as {@link #publish(Caller, ScenarioDraft)}; {@code illustrative} marks demo figures (示例数据). */
    @Transactional
    public Scenario publish(Caller caller, ScenarioDraft draft, boolean illustrative) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.POLICY_OFFICER)) {
            throw new AccessDeniedException("only policy officers publish scenarios");
        }
        ScenarioDraft checked = checked(caller, draft);
        ScenarioId id = scenarios.insert(checked, caller.username(), clock.instant(), illustrative);
        events.publishEvent(new ScenarioPublished(
                id,
                checked.department(),
                checked.parkId(),
                checked.titleZh(),
                checked.budget().movePointRight(2).longValueExact(),
                checked.deadline().toString(),
                checked.eligibility(),
                checked.sandbox(),
                caller.username()));
        return scenarios.byId(id).orElseThrow();
    }

    /** Closes the call for proposals (截止征集) so the panel may score; refused with no proposal to score. */
    @Transactional
    public Scenario close(Caller caller, ScenarioId id, int proposals) {
        Scenario scenario = running(caller, id);
        if (scenario.state() != ScenarioState.OPEN) {
            throw new Conflict("state", "scenario.wrongState", scenario.state(), ScenarioState.OPEN);
        }
        if (proposals == 0) {
            throw new Conflict("proposals", "scenario.noProposals");
        }
        scenarios.move(id, ScenarioState.OPEN, ScenarioState.SCORING);
        return scenarios.byId(id).orElseThrow();
    }

    /** The scenario locked for a change by the caller, who must run it; not found when there is none. */
    Scenario running(Caller caller, ScenarioId id) {
        Scenario scenario = scenarios.lock(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        ScenarioAccess.requireRunner(caller, scenario);
        return scenario;
    }

    /**
     * How many open calls the caller runs (see {@link ScenarioAccess#runs}) have passed their deadline and wait to be
     * closed.
     */
    @Transactional(readOnly = true)
    public int awaitingClose(Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return scenarios.openPastDeadline(today(), null);
        }
        return caller.has(Role.POLICY_OFFICER) ? scenarios.openPastDeadline(today(), caller.departments()) : 0;
    }

    /** Today in China by the platform's clock, the day deadlines are judged on. */
    public LocalDate today() {
        return RegistryTime.today(clock);
    }

    /** Now by the platform's clock. */
    Instant now() {
        return clock.instant();
    }

    private ScenarioDraft checked(Caller caller, ScenarioDraft draft) {
        ScenarioRules rules = new ScenarioRules();
        String department = rules.text("department", draft.department(), 200, Lines.ONE);
        if (!department.isEmpty() && !ScenarioAccess.publishesFor(caller, department)) {
            rules.add("department", "scenario.notYourDepartment", department);
        }
        if (draft.parkId() != null) {
            try {
                parks.get(new ParkId(draft.parkId()));
            } catch (NotFound unknown) {
                rules.add("parkId", "scenario.unknownPark", draft.parkId());
            }
        }
        String titleZh = rules.text("titleZh", draft.titleZh(), 200, Lines.ONE);
        String titleEn = rules.text("titleEn", draft.titleEn(), 200, Lines.ONE);
        String owner = rules.text("needOwner", draft.needOwner(), 200, Lines.ONE);
        String description = rules.text("description", draft.description(), 4000, Lines.MANY);
        String targets = rules.text("targets", draft.targets(), 4000, Lines.MANY);
        rules.amount("budget", draft.budget(), ScenarioRules.MAX_BUDGET);
        LocalDate today = today();
        rules.day("deadline", draft.deadline(), today, today.plusDays(ScenarioRules.MAX_DAYS_AHEAD));
        String eligibility = rules.text("eligibility", draft.eligibility(), 4000, Lines.MANY);
        if (!eligibility.isEmpty()
                && rules.problems().stream().noneMatch(p -> p.field().equals("eligibility"))) {
            try {
                conditions.check("eligibility", eligibility);
            } catch (org.mingyuan.platform.InvalidRequest refused) {
                rules.problems().addAll(refused.problems());
            }
        }
        rules.criteria(draft.criteria());
        List<Panelist> panel = panel(rules, draft.panel());
        List<String> exemptions = new ArrayList<>();
        if (draft.sandbox()) {
            rules.count("exemptions", draft.exemptions().size(), 1, ScenarioRules.MAX_EXEMPTIONS);
            for (int i = 0; i < draft.exemptions().size(); i++) {
                exemptions.add(
                        rules.text("exemptions[" + i + "]", draft.exemptions().get(i), 500, Lines.ONE));
            }
            rules.count("risks", draft.risks().size(), 1, ScenarioRules.MAX_RISKS);
            rules.risks(draft.risks());
        } else if (!draft.exemptions().isEmpty() || !draft.risks().isEmpty()) {
            rules.add(draft.exemptions().isEmpty() ? "risks" : "exemptions", "scenario.onlySandbox");
        }
        rules.throwIfAny();
        return new ScenarioDraft(
                department,
                draft.parkId(),
                titleZh,
                titleEn,
                owner,
                description,
                targets,
                draft.budget(),
                draft.deadline(),
                eligibility,
                draft.criteria().stream()
                        .map(c -> new Criterion(c.name().strip(), c.weight(), c.maxScore()))
                        .toList(),
                panel,
                draft.sandbox(),
                exemptions,
                draft.risks().stream()
                        .map(r -> new RiskIndicator(r.name().strip(), r.unit().strip(), r.threshold(), r.direction()))
                        .toList());
    }

    private List<Panelist> panel(ScenarioRules rules, List<Panelist> members) {
        rules.count("panel", members.size(), 1, ScenarioRules.MAX_PANEL);
        Set<String> seen = new LinkedHashSet<>();
        List<Panelist> panel = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Panelist member = members.get(i);
            String field = "panel[" + i + "]";
            String username = member == null || member.username() == null
                    ? ""
                    : member.username().strip();
            if (username.isEmpty()) {
                rules.add(field + ".username", "scenario.required");
                continue;
            }
            boolean expert = callers.byUsername(username)
                    .filter(account -> account.has(Role.EXPERT))
                    .isPresent();
            if (!expert) {
                rules.add(field + ".username", "scenario.notExpert", username);
            } else if (!seen.add(username)) {
                rules.add(field + ".username", "scenario.duplicate", username);
            }
            List<String> ties = new ArrayList<>();
            for (int j = 0; j < member.affiliations().size(); j++) {
                String code = affiliation(member.affiliations().get(j));
                if (code == null) {
                    rules.add(
                            field + ".affiliations[" + j + "]",
                            "scenario.creditCode",
                            member.affiliations().get(j));
                } else {
                    ties.add(code);
                }
            }
            rules.count(field + ".affiliations", ties.size(), 0, 20);
            panel.add(new Panelist(username, ties));
        }
        return panel;
    }

    private static @Nullable String affiliation(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CreditCode.parse(text.strip().toUpperCase(Locale.ROOT)).value();
        } catch (RuntimeException wrong) {
            return null;
        }
    }
}
