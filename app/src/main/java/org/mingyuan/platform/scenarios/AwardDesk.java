package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.scenarios.ScenarioEvents.MilestoneAccepted;
import org.mingyuan.platform.scenarios.ScenarioEvents.ScenarioAccepted;
import org.mingyuan.platform.scenarios.ScenarioEvents.WinnerNamed;
import org.mingyuan.platform.scenarios.internal.Deliveries;
import org.mingyuan.platform.scenarios.internal.Scenarios;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the panel's ranking to acceptance (揭榜 → 交付 → 验收): the department names the winner (normally the top; any
 * other with a reason), sets delivery milestones, accepts or returns what the winner delivers, and accepts the whole.
 */
@Service
public class AwardDesk {

    /** The furthest due date of a milestone, in years from today. */
    public static final int MAX_YEARS_AHEAD = 5;

    private final Scenarios scenarios;
    private final Deliveries deliveries;
    private final ScenarioDesk desk;
    private final PanelScoring scoring;
    private final ProposalDesk proposalDesk;
    private final ApplicationEventPublisher events;

    AwardDesk(
            Scenarios scenarios,
            Deliveries deliveries,
            ScenarioDesk desk,
            PanelScoring scoring,
            ProposalDesk proposalDesk,
            ApplicationEventPublisher events) {
        this.scenarios = scenarios;
        this.deliveries = deliveries;
        this.desk = desk;
        this.scoring = scoring;
        this.proposalDesk = proposalDesk;
        this.events = events;
    }

    /**
     * Names the winner once every proposal is fully scored; a proposal other than the top needs a reason.
     *
     * @throws Conflict before scoring is complete or outside scoring
     */
    @Transactional
    public Scenario nameWinner(Caller caller, ScenarioId id, long proposalId, @Nullable String reason) {
        Scenario scenario = desk.running(caller, id);
        if (scenario.state() != ScenarioState.SCORING) {
            throw new Conflict("state", "scenario.wrongState", scenario.state(), ScenarioState.SCORING);
        }
        List<Standing> standings = scoring.standings(scenario, scenarios.panel(id));
        Standing chosen = standings.stream()
                .filter(s -> s.proposal().id() == proposalId)
                .findFirst()
                .orElseThrow(() -> new NotFound("proposal", proposalId));
        for (Standing standing : standings) {
            if (!standing.complete()) {
                throw new Conflict(
                        "proposalId",
                        "scenario.scoringIncomplete",
                        standing.proposal().enterprise());
            }
        }
        ScenarioRules rules = new ScenarioRules();
        String why = rules.optionalText("reason", reason, 2000, Lines.MANY);
        Standing top = standings.get(0);
        BigDecimal best = top.total();
        if (best != null && chosen.total() != null && chosen.total().compareTo(best) < 0 && why.isEmpty()) {
            rules.add("reason", "scenario.reasonForLower", top.proposal().enterprise(), best.toPlainString());
        }
        rules.throwIfAny();
        scenarios.award(id, proposalId, why.isEmpty() ? null : why, desk.now());
        events.publishEvent(new WinnerNamed(
                id,
                proposalId,
                chosen.proposal().creditCode(),
                chosen.total() == null ? 0 : chosen.total().movePointRight(2).longValue(),
                chosen.proposal().quote().movePointRight(2).longValueExact(),
                why.isEmpty() ? null : why,
                caller.username()));
        return scenarios.byId(id).orElseThrow();
    }

    /** Adds a delivery milestone to an awarded scenario, due from today to five years ahead. */
    @Transactional
    public Milestone addMilestone(Caller caller, ScenarioId id, @Nullable String name, @Nullable LocalDate dueOn) {
        Scenario scenario = desk.running(caller, id);
        awarded(scenario);
        ScenarioRules rules = new ScenarioRules();
        String checked = rules.text("name", name, 200, Lines.ONE);
        LocalDate today = desk.today();
        rules.day("dueOn", dueOn, today, today.plusYears(MAX_YEARS_AHEAD));
        rules.throwIfAny();
        long milestoneId = deliveries.addMilestone(id, checked, dueOn);
        return deliveries.milestone(id, milestoneId).orElseThrow();
    }

    /** The winner delivers a milestone with a note and, optionally, a material from its library. */
    @Transactional
    public Milestone deliver(
            Caller caller, ScenarioId id, long milestoneId, @Nullable String note, @Nullable Long materialId) {
        Scenario scenario = scenarios.lock(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        if (scenario.winnerProposalId() == null) {
            throw new Conflict("state", "scenario.wrongState", scenario.state(), ScenarioState.AWARDED);
        }
        Proposal winning = proposalDesk.get(caller, scenario.winnerProposalId());
        Enterprise winner = proposalDesk.own(caller, new EnterpriseId(winning.enterpriseId()));
        awarded(scenario);
        Milestone milestone =
                deliveries.milestone(id, milestoneId).orElseThrow(() -> new NotFound("milestone", milestoneId));
        ScenarioRules rules = new ScenarioRules();
        String checked = rules.text("note", note, 2000, Lines.MANY);
        if (materialId != null) {
            proposalDesk.material(rules, "materialId", caller, winner, materialId);
        }
        rules.throwIfAny();
        if (!deliveries.deliver(milestone.id(), checked, materialId, desk.now())) {
            throw new Conflict("milestoneId", "scenario.milestoneState", milestone.state());
        }
        return deliveries.milestone(id, milestoneId).orElseThrow();
    }

    /** The department accepts (true) or returns (false) a delivered milestone, with a note. */
    @Transactional
    public Milestone decide(Caller caller, ScenarioId id, long milestoneId, boolean accept, @Nullable String note) {
        Scenario scenario = desk.running(caller, id);
        awarded(scenario);
        Milestone milestone =
                deliveries.milestone(id, milestoneId).orElseThrow(() -> new NotFound("milestone", milestoneId));
        ScenarioRules rules = new ScenarioRules();
        String checked = accept
                ? rules.optionalText("note", note, 2000, Lines.MANY)
                : rules.text("note", note, 2000, Lines.MANY);
        rules.throwIfAny();
        Milestone.State to = accept ? Milestone.State.ACCEPTED : Milestone.State.RETURNED;
        if (!deliveries.decide(milestoneId, to, checked, desk.now())) {
            throw new Conflict("milestoneId", "scenario.milestoneState", milestone.state());
        }
        if (accept) {
            events.publishEvent(new MilestoneAccepted(
                    id, milestoneId, milestone.name(), scenario.winnerCreditCode(), checked, caller.username()));
        }
        return deliveries.milestone(id, milestoneId).orElseThrow();
    }

    /**
     * Accepts the whole delivery (验收) once every milestone is accepted.
     *
     * @throws Conflict without milestones, or while one is not accepted
     */
    @Transactional
    public Scenario accept(Caller caller, ScenarioId id, @Nullable String note) {
        Scenario scenario = desk.running(caller, id);
        awarded(scenario);
        List<Milestone> milestones = deliveries.milestones(id);
        long open = milestones.stream()
                .filter(m -> m.state() != Milestone.State.ACCEPTED)
                .count();
        if (milestones.isEmpty() || open > 0) {
            throw new Conflict("milestones", "scenario.milestonesOpen", milestones.size(), open);
        }
        ScenarioRules rules = new ScenarioRules();
        String checked = rules.text("note", note, 2000, Lines.MANY);
        rules.throwIfAny();
        scenarios.accept(id, checked, desk.now());
        events.publishEvent(
                new ScenarioAccepted(id, scenario.winnerCreditCode(), milestones.size(), checked, caller.username()));
        return scenarios.byId(id).orElseThrow();
    }

    private static void awarded(Scenario scenario) {
        if (scenario.state() != ScenarioState.AWARDED) {
            throw new Conflict("state", "scenario.wrongState", scenario.state(), ScenarioState.AWARDED);
        }
    }
}
