package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.scenarios.ScenarioEvents.SandboxExitDecided;
import org.mingyuan.platform.scenarios.internal.Deliveries;
import org.mingyuan.platform.scenarios.internal.Scenarios;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A regulatory-sandbox pilot (监管沙盒) once its winner runs it: periodic monitoring reports by the winner or the
 * department, a value per risk indicator with breaches flagged, and the department's exit decision (graduate, extend
 * or terminate, with a reason). After graduating or terminating, nothing more is reported or decided.
 */
@Service
public class SandboxDesk {

    /** A period: a year, a quarter ({@code 2026-Q1}) or a month ({@code 2026-03}). */
    static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");

    private final Scenarios scenarios;
    private final Deliveries deliveries;
    private final ScenarioDesk desk;
    private final ProposalDesk proposalDesk;
    private final ApplicationEventPublisher events;

    SandboxDesk(
            Scenarios scenarios,
            Deliveries deliveries,
            ScenarioDesk desk,
            ProposalDesk proposalDesk,
            ApplicationEventPublisher events) {
        this.scenarios = scenarios;
        this.deliveries = deliveries;
        this.desk = desk;
        this.proposalDesk = proposalDesk;
        this.events = events;
    }

    /** Stores a monitoring report: one value per risk indicator, in order; breaches are flagged, not refused. */
    @Transactional
    public MonitoringReport report(
            Caller caller, ScenarioId id, @Nullable String period, @Nullable String note, List<BigDecimal> values) {
        Scenario scenario = piloting(id);
        if (!ScenarioAccess.runs(caller, scenario)) {
            if (scenario.winnerProposalId() == null) {
                throw new AccessDeniedException("only the department reports before a winner is named");
            }
            Proposal winning = proposalDesk.get(caller, scenario.winnerProposalId());
            proposalDesk.own(caller, new EnterpriseId(winning.enterpriseId()));
        }
        ScenarioRules rules = new ScenarioRules();
        String checkedPeriod = rules.text("period", period, 20, Lines.ONE);
        if (!checkedPeriod.isEmpty() && !PERIOD.matcher(checkedPeriod).matches()) {
            rules.add("period", "scenario.period", checkedPeriod);
        }
        String checkedNote = rules.optionalText("note", note, 2000, Lines.MANY);
        List<RiskIndicator> risks = scenario.risks();
        List<MonitoringReport.Reading> readings = new ArrayList<>();
        if (values.size() != risks.size()) {
            rules.add("values", "scenario.valueCount", risks.size(), values.size());
        } else {
            for (int i = 0; i < values.size(); i++) {
                BigDecimal value = values.get(i);
                rules.value("values[" + i + "]", value);
                if (value != null) {
                    readings.add(
                            new MonitoringReport.Reading(i, value, risks.get(i).breachedBy(value)));
                }
            }
        }
        rules.throwIfAny();
        long reportId = deliveries
                .report(id, checkedPeriod, checkedNote, readings, caller.username(), desk.now())
                .orElseThrow(() -> new Conflict("period", "scenario.periodReported", checkedPeriod));
        return deliveries.reports(id).stream()
                .filter(r -> r.id() == reportId)
                .findFirst()
                .orElseThrow();
    }

    /** The department's exit decision, with its reason; an extension may be followed by another decision. */
    @Transactional
    public Scenario exit(Caller caller, ScenarioId id, @Nullable ExitDecision decision, @Nullable String reason) {
        Scenario scenario = desk.running(caller, id);
        piloting(id);
        ScenarioRules rules = new ScenarioRules();
        if (decision == null) {
            rules.add("decision", "scenario.required");
        }
        String why = rules.text("reason", reason, 2000, Lines.MANY);
        rules.throwIfAny();
        scenarios.exit(id, decision, why, desk.now());
        events.publishEvent(new SandboxExitDecided(UUID.randomUUID().toString(), id, decision, why, caller.username()));
        return scenarios.byId(scenario.id()).orElseThrow();
    }

    private Scenario piloting(ScenarioId id) {
        Scenario scenario = scenarios.lock(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        if (!scenario.sandbox()) {
            throw new Conflict("sandbox", "scenario.notSandbox");
        }
        if (scenario.state() != ScenarioState.AWARDED && scenario.state() != ScenarioState.ACCEPTED) {
            throw new Conflict("state", "scenario.wrongState", scenario.state(), ScenarioState.AWARDED);
        }
        if (scenario.exitDecision() == ExitDecision.GRADUATE || scenario.exitDecision() == ExitDecision.TERMINATE) {
            throw new Conflict("decision", "scenario.exited", scenario.exitDecision());
        }
        return scenario;
    }
}
