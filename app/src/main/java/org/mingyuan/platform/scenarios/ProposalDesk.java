package org.mingyuan.platform.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.matching.Explained;
import org.mingyuan.platform.policy.matching.StandaloneConditions;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.scenarios.internal.Proposals;
import org.mingyuan.platform.scenarios.internal.Scenarios;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A firm's side of a scenario (揭榜): whether it is eligible and why, its proposal with materials from its library,
 * and the proposals it has made. A proposal is read by its firm, the scenario's department and panel only.
 */
@Service
public class ProposalDesk {

    private final Scenarios scenarios;
    private final Proposals proposals;
    private final StandaloneConditions conditions;
    private final EnterpriseRegistry registry;
    private final MaterialLibrary library;
    private final ScenarioDesk desk;

    ProposalDesk(
            Scenarios scenarios,
            Proposals proposals,
            StandaloneConditions conditions,
            EnterpriseRegistry registry,
            MaterialLibrary library,
            ScenarioDesk desk) {
        this.scenarios = scenarios;
        this.proposals = proposals;
        this.conditions = conditions;
        this.registry = registry;
        this.library = library;
        this.desk = desk;
    }

    /** Why the enterprise meets or misses the scenario's eligibility, condition by condition; for its own accounts. */
    @Transactional(readOnly = true)
    public Explained eligibility(Caller caller, ScenarioId id, String creditCode) {
        Scenario scenario = scenarios.byId(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        Enterprise enterprise = own(caller, creditCode);
        return conditions
                .explain(enterprise.id(), scenario.eligibility())
                .orElseThrow(() -> new NotFound("enterprise", creditCode));
    }

    /**
     * Submits the enterprise's proposal.
     *
     * @throws InvalidRequest naming each unmet condition of the eligibility (field {@code eligibility}) or each wrong
     *     field
     * @throws Conflict after the deadline, once proposals are closed, or for a second proposal
     */
    @Transactional
    public Proposal submit(Caller caller, ScenarioId id, ProposalDraft draft) {
        ScenarioRules rules = new ScenarioRules();
        String creditCode = rules.text("creditCode", draft.creditCode(), 18, Lines.ONE);
        rules.throwIfAny();
        Enterprise enterprise = own(caller, creditCode);
        Scenario scenario = scenarios.lock(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        if (scenario.state() != ScenarioState.OPEN) {
            throw new Conflict("state", "scenario.wrongState", scenario.state(), ScenarioState.OPEN);
        }
        if (desk.today().isAfter(scenario.deadline())) {
            throw new Conflict("deadline", "scenario.deadlinePassed", scenario.deadline());
        }
        Explained explained = conditions
                .explain(enterprise.id(), scenario.eligibility())
                .orElseThrow(() -> new NotFound("enterprise", creditCode));
        if (!explained.eligible()) {
            List<InvalidRequest.FieldProblem> unmet = new ArrayList<>();
            for (Explained.Condition condition : explained.unmet()) {
                unmet.add(new InvalidRequest.FieldProblem(
                        "eligibility", "scenario.unmet", List.of(condition.zh(), condition.en())));
            }
            if (unmet.isEmpty()) {
                unmet.add(new InvalidRequest.FieldProblem("eligibility", "scenario.ineligible", List.of()));
            }
            throw new InvalidRequest(unmet);
        }
        String summary = rules.text("summary", draft.summary(), 4000, Lines.MANY);
        rules.amount("quote", draft.quote(), scenario.budget());
        rules.count("materials", draft.materials().size(), 0, ScenarioRules.MAX_MATERIALS);
        for (int i = 0; i < draft.materials().size(); i++) {
            material(
                    rules,
                    "materials[" + i + "]",
                    caller,
                    enterprise,
                    draft.materials().get(i));
        }
        rules.throwIfAny();
        Proposal proposal = new Proposal(
                0,
                id,
                enterprise.id().value(),
                enterprise.creditCode().value(),
                enterprise.name(),
                summary,
                draft.quote(),
                draft.materials().stream().distinct().toList(),
                caller.username(),
                desk.now());
        long proposalId = proposals
                .insert(proposal)
                .orElseThrow(() -> new Conflict("scenario", "scenario.proposedAlready", enterprise.name()));
        return proposals.byId(proposalId).orElseThrow();
    }

    /** The proposals of the enterprises the caller acts for, the newest first; none for other callers. */
    @Transactional(readOnly = true)
    public List<Proposal> mine(Caller caller) {
        Long enterprise = caller.enterpriseId();
        return caller.has(Role.ENTERPRISE) && enterprise != null ? proposals.ofEnterprise(enterprise) : List.of();
    }

    /** The proposal, for its firm, its scenario's department and panel; not found for anyone else. */
    @Transactional(readOnly = true)
    public Proposal get(Caller caller, long proposalId) {
        Proposal proposal = proposals.byId(proposalId).orElseThrow(() -> new NotFound("proposal", proposalId));
        Scenario scenario = scenarios.byId(proposal.scenario()).orElseThrow();
        if (!mayRead(caller, scenario, proposal)) {
            throw new NotFound("proposal", proposalId);
        }
        return proposal;
    }

    /** The scenario's proposals, for its department and panel. */
    @Transactional(readOnly = true)
    public List<Proposal> of(Caller caller, ScenarioId id) {
        Scenario scenario = scenarios.byId(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        if (!ScenarioAccess.runs(caller, scenario) && !ScenarioAccess.onPanel(caller, scenarios.panel(id))) {
            throw new AccessDeniedException("only the department and the panel see the proposals");
        }
        return proposals.of(id);
    }

    /** The caller's proposal for the scenario, if the caller acts for an enterprise that made one. */
    @Transactional(readOnly = true)
    public @Nullable Proposal mineFor(Caller caller, ScenarioId id) {
        return mine(caller).stream()
                .filter(p -> p.scenario().equals(id))
                .findFirst()
                .orElse(null);
    }

    /** Checks that material {@code materialId} is in the enterprise's library; for the delivery of milestones too. */
    void material(ScenarioRules rules, String field, Caller caller, Enterprise enterprise, @Nullable Long materialId) {
        if (materialId == null) {
            rules.add(field, "scenario.required");
            return;
        }
        try {
            library.get(caller, enterprise.creditCode().value(), materialId);
        } catch (NotFound notHers) {
            rules.add(field, "scenario.unknownMaterial", materialId);
        }
    }

    /** The enterprise with this credit code, when the caller is one of its accounts; not found otherwise. */
    Enterprise own(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        if (!caller.has(Role.ENTERPRISE) || !EnterpriseRegistry.actsFor(caller, enterprise)) {
            throw new AccessDeniedException("only the enterprise's own accounts propose for it");
        }
        return enterprise;
    }

    /** The enterprise with this id, when the caller acts for it. */
    Enterprise own(Caller caller, EnterpriseId id) {
        return registry.find(caller, id)
                .filter(enterprise -> EnterpriseRegistry.actsFor(caller, enterprise))
                .orElseThrow(() -> new AccessDeniedException("only the winner's own accounts deliver"));
    }

    private boolean mayRead(Caller caller, Scenario scenario, Proposal proposal) {
        Long acting = caller.enterpriseId();
        return acting != null && acting == proposal.enterpriseId()
                || ScenarioAccess.runs(caller, scenario)
                || ScenarioAccess.onPanel(caller, scenarios.panel(scenario.id()));
    }
}
