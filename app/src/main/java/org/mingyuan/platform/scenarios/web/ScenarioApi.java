package org.mingyuan.platform.scenarios.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.matching.Explained;
import org.mingyuan.platform.scenarios.AwardDesk;
import org.mingyuan.platform.scenarios.ExitDecision;
import org.mingyuan.platform.scenarios.Milestone;
import org.mingyuan.platform.scenarios.MonitoringReport;
import org.mingyuan.platform.scenarios.PanelScoring;
import org.mingyuan.platform.scenarios.Panelist;
import org.mingyuan.platform.scenarios.Proposal;
import org.mingyuan.platform.scenarios.ProposalDesk;
import org.mingyuan.platform.scenarios.ProposalDraft;
import org.mingyuan.platform.scenarios.SandboxDesk;
import org.mingyuan.platform.scenarios.Scenario;
import org.mingyuan.platform.scenarios.ScenarioBoard;
import org.mingyuan.platform.scenarios.ScenarioDesk;
import org.mingyuan.platform.scenarios.ScenarioDraft;
import org.mingyuan.platform.scenarios.ScenarioId;
import org.mingyuan.platform.scenarios.Standing;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Application scenarios (场景开放, 揭榜挂帅): the public board, publication, proposals, scoring, award and delivery. */
@RestController
@Tag(name = "Scenarios", description = "场景开放 Application scenarios, proposals, panel scoring and sandbox pilots")
class ScenarioApi {

    private final ScenarioBoard board;
    private final ScenarioDesk desk;
    private final ProposalDesk proposals;
    private final PanelScoring scoring;
    private final AwardDesk awards;
    private final SandboxDesk sandbox;
    private final Callers callers;

    ScenarioApi(
            ScenarioBoard board,
            ScenarioDesk desk,
            ProposalDesk proposals,
            PanelScoring scoring,
            AwardDesk awards,
            SandboxDesk sandbox,
            Callers callers) {
        this.board = board;
        this.desk = desk;
        this.proposals = proposals;
        this.scoring = scoring;
        this.awards = awards;
        this.sandbox = sandbox;
        this.callers = callers;
    }

    /** A panelist's scores of one proposal, one per criterion in the scenario's order. */
    record Scores(List<@Nullable BigDecimal> scores) {}

    /** The winner named, and why when it is not the top of the ranking. */
    record WinnerChoice(long proposalId, @Nullable String reason) {}

    /** A delivery milestone to add. */
    record MilestoneDraft(@Nullable String name, @Nullable LocalDate dueOn) {}

    /** A delivery of a milestone: a note and, optionally, a material of the winner's library. */
    record Delivery(@Nullable String note, @Nullable Long materialId) {}

    /** The department's decision on a delivered milestone: accept or return, with a note (required to return). */
    record Decision(boolean accept, @Nullable String note) {}

    /** The final acceptance (验收) with its note. */
    record Acceptance(@Nullable String note) {}

    /** A monitoring report: the period, a note, one value per risk indicator in order. */
    record ReportDraft(@Nullable String period, @Nullable String note, List<BigDecimal> values) {}

    /** A sandbox pilot's exit decision. */
    record Exit(@Nullable ExitDecision decision, @Nullable String reason) {}

    @GetMapping("/api/v1/scenarios")
    @Operation(summary = "Every published scenario, the newest first (public)")
    List<Scenario> list() {
        return board.all();
    }

    @GetMapping("/api/v1/scenarios/{id}")
    @Operation(summary = "One scenario with its terms, criteria, winner and sandbox settings (public)")
    Scenario get(@PathVariable long id) {
        return board.get(new ScenarioId(id));
    }

    @GetMapping("/api/v1/scenarios/{id}/milestones")
    @Operation(summary = "The winner's delivery milestones (public)")
    List<Milestone> milestones(@PathVariable long id) {
        return board.milestones(new ScenarioId(id));
    }

    @GetMapping("/api/v1/scenarios/{id}/reports")
    @Operation(summary = "A sandbox pilot's monitoring reports with breaches flagged (public)")
    List<MonitoringReport> reports(@PathVariable long id) {
        return board.reports(new ScenarioId(id));
    }

    @PostMapping("/api/v1/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Publish a scenario for one of the caller's departments (policy officers); eligible firms are"
                    + " pushed it")
    Scenario publish(Principal principal, @RequestBody ScenarioDraft draft) {
        return desk.publish(callers.of(principal), draft);
    }

    @PostMapping("/api/v1/scenarios/{id}/close")
    @Operation(summary = "Close the call for proposals so the panel scores (the scenario's department)")
    Scenario close(Principal principal, @PathVariable long id) {
        var caller = callers.of(principal);
        ScenarioId scenario = new ScenarioId(id);
        return desk.close(caller, scenario, proposals.of(caller, scenario).size());
    }

    @GetMapping("/api/v1/scenarios/{id}/panel")
    @Operation(summary = "The review panel with declared affiliations (the department and the panel)")
    List<Panelist> panel(Principal principal, @PathVariable long id) {
        return board.panel(callers.of(principal), new ScenarioId(id));
    }

    @GetMapping("/api/v1/scenarios/{id}/eligibility")
    @Operation(summary = "Why the caller's enterprise meets or misses the eligibility, condition by condition")
    Explained eligibility(Principal principal, @PathVariable long id, @RequestParam String creditCode) {
        return proposals.eligibility(callers.of(principal), new ScenarioId(id), creditCode);
    }

    @PostMapping("/api/v1/scenarios/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Submit the caller's enterprise's proposal; refused after the deadline, twice, or naming each"
                    + " unmet eligibility condition")
    Proposal propose(Principal principal, @PathVariable long id, @RequestBody ProposalDraft draft) {
        return proposals.submit(callers.of(principal), new ScenarioId(id), draft);
    }

    @GetMapping("/api/v1/scenarios/{id}/proposals")
    @Operation(summary = "The scenario's proposals (the department and the panel)")
    List<Proposal> proposals(Principal principal, @PathVariable long id) {
        return proposals.of(callers.of(principal), new ScenarioId(id));
    }

    @GetMapping("/api/v1/scenario-proposals/{proposalId}")
    @Operation(summary = "One proposal (its firm, the scenario's department and panel; others get 404)")
    Proposal proposal(Principal principal, @PathVariable long proposalId) {
        return proposals.get(callers.of(principal), proposalId);
    }

    @GetMapping("/api/v1/my/scenario-proposals")
    @Operation(summary = "The proposals of the caller's enterprise, the newest first")
    List<Proposal> mine(Principal principal) {
        return proposals.mine(callers.of(principal));
    }

    @PostMapping("/api/v1/scenarios/{id}/proposals/{proposalId}/scores")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Score a proposal once per criterion within its range (panel experts); 409 for a second"
                    + " scoring or a conflict of interest")
    void score(Principal principal, @PathVariable long id, @PathVariable long proposalId, @RequestBody Scores scores) {
        scoring.score(
                callers.of(principal),
                new ScenarioId(id),
                proposalId,
                scores.scores() == null ? List.of() : scores.scores());
    }

    @GetMapping("/api/v1/scenarios/{id}/standings")
    @Operation(summary = "The proposals ranked by weighted total (the department and the panel)")
    List<Standing> standings(Principal principal, @PathVariable long id) {
        return scoring.standings(callers.of(principal), new ScenarioId(id));
    }

    @PostMapping("/api/v1/scenarios/{id}/winner")
    @Operation(summary = "Name the winner once scoring is complete; another than the top needs a reason")
    Scenario winner(Principal principal, @PathVariable long id, @RequestBody WinnerChoice choice) {
        return awards.nameWinner(callers.of(principal), new ScenarioId(id), choice.proposalId(), choice.reason());
    }

    @PostMapping("/api/v1/scenarios/{id}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a delivery milestone to an awarded scenario (the department)")
    Milestone milestone(Principal principal, @PathVariable long id, @RequestBody MilestoneDraft draft) {
        return awards.addMilestone(callers.of(principal), new ScenarioId(id), draft.name(), draft.dueOn());
    }

    @PostMapping("/api/v1/scenarios/{id}/milestones/{milestoneId}/delivery")
    @Operation(summary = "Deliver a milestone with a note and optionally a material (the winner)")
    Milestone deliver(
            Principal principal,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestBody Delivery delivery) {
        return awards.deliver(
                callers.of(principal), new ScenarioId(id), milestoneId, delivery.note(), delivery.materialId());
    }

    @PostMapping("/api/v1/scenarios/{id}/milestones/{milestoneId}/decision")
    @Operation(summary = "Accept or return a delivered milestone (the department)")
    Milestone decide(
            Principal principal,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestBody Decision decision) {
        return awards.decide(
                callers.of(principal), new ScenarioId(id), milestoneId, decision.accept(), decision.note());
    }

    @PostMapping("/api/v1/scenarios/{id}/acceptance")
    @Operation(summary = "Accept the whole delivery (验收) once every milestone is accepted (the department)")
    Scenario accept(Principal principal, @PathVariable long id, @RequestBody Acceptance acceptance) {
        return awards.accept(callers.of(principal), new ScenarioId(id), acceptance.note());
    }

    @PostMapping("/api/v1/scenarios/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a sandbox pilot's monitoring report (the winner or the department)")
    MonitoringReport report(Principal principal, @PathVariable long id, @RequestBody ReportDraft report) {
        return sandbox.report(
                callers.of(principal),
                new ScenarioId(id),
                report.period(),
                report.note(),
                report.values() == null ? List.of() : report.values());
    }

    @PostMapping("/api/v1/scenarios/{id}/exit")
    @Operation(summary = "Decide a sandbox pilot's exit: GRADUATE, EXTEND or TERMINATE, with a reason (the department)")
    Scenario exit(Principal principal, @PathVariable long id, @RequestBody Exit exit) {
        return sandbox.exit(callers.of(principal), new ScenarioId(id), exit.decision(), exit.reason());
    }
}
