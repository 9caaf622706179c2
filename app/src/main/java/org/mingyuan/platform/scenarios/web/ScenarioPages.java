package org.mingyuan.platform.scenarios.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.scenarios.AwardDesk;
import org.mingyuan.platform.scenarios.ExitDecision;
import org.mingyuan.platform.scenarios.PanelScoring;
import org.mingyuan.platform.scenarios.Proposal;
import org.mingyuan.platform.scenarios.ProposalDesk;
import org.mingyuan.platform.scenarios.ProposalDraft;
import org.mingyuan.platform.scenarios.SandboxDesk;
import org.mingyuan.platform.scenarios.Scenario;
import org.mingyuan.platform.scenarios.ScenarioAccess;
import org.mingyuan.platform.scenarios.ScenarioBoard;
import org.mingyuan.platform.scenarios.ScenarioDesk;
import org.mingyuan.platform.scenarios.ScenarioId;
import org.mingyuan.platform.scenarios.ScenarioState;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scenario pages: the public board and a scenario's page, which shows each reader the part that is theirs (the
 * firm's eligibility and proposal, the panel's score sheet, the department's ranking, award, milestones and sandbox
 * decisions); the department's desk with the publication form, the expert's assignments and the firm's proposals.
 */
@Controller
class ScenarioPages {

    private final ScenarioBoard board;
    private final ScenarioDesk desk;
    private final ProposalDesk proposals;
    private final PanelScoring scoring;
    private final AwardDesk awards;
    private final SandboxDesk sandbox;
    private final EnterpriseRegistry registry;
    private final MaterialLibrary library;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;

    ScenarioPages(
            ScenarioBoard board,
            ScenarioDesk desk,
            ProposalDesk proposals,
            PanelScoring scoring,
            AwardDesk awards,
            SandboxDesk sandbox,
            EnterpriseRegistry registry,
            MaterialLibrary library,
            ParkCatalog parks,
            Callers callers,
            MessageSource messages) {
        this.board = board;
        this.desk = desk;
        this.proposals = proposals;
        this.scoring = scoring;
        this.awards = awards;
        this.sandbox = sandbox;
        this.registry = registry;
        this.library = library;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
    }

    /** The day deadlines are judged on, for the pages that tell an open call past its deadline. */
    @ModelAttribute("today")
    LocalDate today() {
        return desk.today();
    }

    @GetMapping("/scenarios")
    String board(Model model) {
        model.addAttribute("scenarios", board.all());
        return "scenarios/board";
    }

    @GetMapping("/scenarios/export.xlsx")
    ResponseEntity<StreamingResponseBody> export() {
        return ScenarioSheets.download(board.all());
    }

    @GetMapping("/scenarios/{id}")
    String show(@Nullable Principal principal, @PathVariable long id, Model model) {
        ScenarioId scenarioId = new ScenarioId(id);
        Scenario scenario = board.get(scenarioId);
        model.addAttribute("s", scenario);
        model.addAttribute("milestones", board.milestones(scenarioId));
        model.addAttribute("reports", board.reports(scenarioId));
        model.addAttribute("park", scenario.parkId() == null ? null : parkName(scenario.parkId()));
        Caller caller = principal == null ? null : callers.of(principal);
        boolean runs = caller != null && ScenarioAccess.runs(caller, scenario);
        boolean panel = caller != null && board.onPanel(caller, scenarioId);
        model.addAttribute("runs", runs);
        model.addAttribute("panel", panel);
        model.addAttribute("exits", ExitDecision.values());
        model.addAttribute("winner", false);
        model.addAttribute("materials", List.of());
        if (runs || panel) {
            model.addAttribute("standings", scoring.standings(caller, scenarioId));
        }
        if (panel) {
            model.addAttribute("sheet", scoring.sheet(caller, scenarioId));
        }
        firm(caller, scenario, model);
        return "scenarios/show";
    }

    private void firm(@Nullable Caller caller, Scenario scenario, Model model) {
        if (caller == null || !caller.has(Role.ENTERPRISE) || caller.enterpriseId() == null) {
            return;
        }
        Enterprise enterprise =
                registry.find(caller, new EnterpriseId(caller.enterpriseId())).orElse(null);
        if (enterprise == null) {
            return;
        }
        String code = enterprise.creditCode().value();
        Proposal mine = proposals.mineFor(caller, scenario.id());
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("mine", mine);
        model.addAttribute(
                "winner",
                mine != null && scenario.winnerProposalId() != null && scenario.winnerProposalId() == mine.id());
        model.addAttribute("materials", library.list(caller, code));
        if (mine == null && scenario.takesProposals(desk.today())) {
            model.addAttribute("explained", proposals.eligibility(caller, scenario.id(), code));
        }
    }

    @PostMapping("/scenarios/{id}/proposals")
    String propose(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String creditCode,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String quote,
            @RequestParam(required = false) List<Long> materials,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "scenario.notice.proposed", locale, redirect, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            BigDecimal amount = ScenarioForm.number(problems, "quote", quote);
            refuse(problems);
            proposals.submit(
                    callers.of(principal),
                    new ScenarioId(id),
                    new ProposalDraft(creditCode, summary, amount, materials));
        });
    }

    @PostMapping("/scenarios/{id}/close")
    String close(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(id, "scenario.notice.closed", locale, redirect, () -> {
            Caller caller = callers.of(principal);
            desk.close(
                    caller,
                    new ScenarioId(id),
                    proposals.of(caller, new ScenarioId(id)).size());
        });
    }

    @PostMapping("/scenarios/{id}/proposals/{proposalId}/scores")
    String score(
            Principal principal,
            @PathVariable long id,
            @PathVariable long proposalId,
            @RequestParam(required = false) List<String> scores,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "scenario.notice.scored", locale, redirect, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            List<@Nullable BigDecimal> values = new ArrayList<>();
            List<String> given = scores == null ? List.of() : scores;
            for (int i = 0; i < given.size(); i++) {
                values.add(ScenarioForm.number(problems, "scores[" + i + "]", given.get(i)));
            }
            refuse(problems);
            scoring.score(callers.of(principal), new ScenarioId(id), proposalId, values);
        });
    }

    @PostMapping("/scenarios/{id}/winner")
    String winner(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) Long proposalId,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "scenario.notice.awarded", locale, redirect, () -> {
            if (proposalId == null) {
                throw new InvalidRequest("proposalId", "scenario.required");
            }
            awards.nameWinner(callers.of(principal), new ScenarioId(id), proposalId, reason);
        });
    }

    @PostMapping("/scenarios/{id}/milestones")
    String milestone(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String dueOn,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "scenario.notice.milestone", locale, redirect, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            var day = ScenarioForm.day(problems, "dueOn", dueOn);
            refuse(problems);
            awards.addMilestone(callers.of(principal), new ScenarioId(id), name, day);
        });
    }

    @PostMapping("/scenarios/{id}/milestones/{milestoneId}/delivery")
    String deliver(
            Principal principal,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) Long materialId,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "scenario.notice.delivered",
                locale,
                redirect,
                () -> awards.deliver(callers.of(principal), new ScenarioId(id), milestoneId, note, materialId));
    }

    @PostMapping("/scenarios/{id}/milestones/{milestoneId}/decision")
    String decide(
            Principal principal,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestParam(defaultValue = "false") boolean accept,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                accept ? "scenario.notice.milestoneAccepted" : "scenario.notice.milestoneReturned",
                locale,
                redirect,
                () -> awards.decide(callers.of(principal), new ScenarioId(id), milestoneId, accept, note));
    }

    @PostMapping("/scenarios/{id}/acceptance")
    String accept(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "scenario.notice.accepted",
                locale,
                redirect,
                () -> awards.accept(callers.of(principal), new ScenarioId(id), note));
    }

    @PostMapping("/scenarios/{id}/reports")
    String report(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) List<String> values,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "scenario.notice.reported", locale, redirect, () -> {
            List<FieldProblem> problems = new ArrayList<>();
            List<BigDecimal> numbers = new ArrayList<>();
            List<String> given = values == null ? List.of() : values;
            for (int i = 0; i < given.size(); i++) {
                numbers.add(ScenarioForm.number(problems, "values[" + i + "]", given.get(i)));
            }
            refuse(problems);
            sandbox.report(callers.of(principal), new ScenarioId(id), period, note, numbers);
        });
    }

    @PostMapping("/scenarios/{id}/exit")
    String exit(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) ExitDecision decision,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "scenario.notice.exit",
                locale,
                redirect,
                () -> sandbox.exit(callers.of(principal), new ScenarioId(id), decision, reason));
    }

    @GetMapping("/scenario-desk")
    String deskPage(Principal principal, Model model) {
        Caller caller = officer(principal);
        model.addAttribute(
                "scenarios",
                board.all().stream().filter(s -> ScenarioAccess.runs(caller, s)).toList());
        model.addAttribute("departments", caller.departments());
        return "scenarios/desk";
    }

    @GetMapping("/scenario-desk/new")
    String newForm(Principal principal, Model model, Locale locale) {
        Caller caller = officer(principal);
        String first = caller.departments().stream().sorted().findFirst().orElse("");
        return form(caller, ScenarioForm.blank(first), null, model, locale);
    }

    @PostMapping("/scenario-desk")
    String publish(
            Principal principal,
            @ModelAttribute ScenarioForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Caller caller = officer(principal);
        try {
            Scenario published = desk.publish(caller, form.draft());
            redirect.addFlashAttribute("notice", "scenario.notice.published");
            return "redirect:/scenarios/" + published.id().value();
        } catch (InvalidRequest refused) {
            return form(caller, form, refused, model, locale);
        }
    }

    @GetMapping("/scenario-panel")
    String panelPage(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        if (!caller.has(Role.EXPERT)) {
            throw new AccessDeniedException("only experts have scenario assignments");
        }
        model.addAttribute("scenarios", scoring.assignments(caller));
        return "scenarios/panel";
    }

    @GetMapping("/my/scenarios")
    String minePage(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        if (!caller.has(Role.ENTERPRISE)) {
            throw new AccessDeniedException("only enterprises have proposals");
        }
        model.addAttribute("proposals", proposals.mine(caller));
        model.addAttribute(
                "open",
                board.all().stream()
                        .filter(s -> s.state() == ScenarioState.OPEN)
                        .toList());
        return "scenarios/mine";
    }

    private String form(
            Caller caller, ScenarioForm form, @Nullable InvalidRequest refused, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("departments", caller.departments().stream().sorted().toList());
        model.addAttribute("parks", parks.all());
        model.addAttribute("experts", callers.enabledWith(Role.EXPERT));
        model.addAttribute("rows", ScenarioForm.ROWS);
        if (refused != null) {
            model.addAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
        }
        return "scenarios/new";
    }

    private Caller officer(Principal principal) {
        Caller caller = callers.of(principal);
        if (!caller.has(Role.POLICY_OFFICER) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("only policy officers publish scenarios");
        }
        return caller;
    }

    private @Nullable String parkName(long parkId) {
        return parks.all().stream()
                .filter(p -> p.id().value() == parkId)
                .map(p -> p.nameZh())
                .findFirst()
                .orElse(null);
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private String act(long id, String notice, Locale locale, RedirectAttributes redirect, Runnable action) {
        return PageActions.run("/scenarios/" + id, notice, locale, redirect, messages, action);
    }
}
