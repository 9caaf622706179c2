package org.mingyuan.platform.evaluation.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.evaluation.Evaluation;
import org.mingyuan.platform.evaluation.EvaluationAccess;
import org.mingyuan.platform.evaluation.EvaluationDesk;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationOrder;
import org.mingyuan.platform.evaluation.EvaluationResults;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.EvaluationState;
import org.mingyuan.platform.evaluation.Panelist;
import org.mingyuan.platform.evaluation.scoring.ExpertScoring;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation pages: the list, the creation form, and one evaluation with its set-up (AHP judgements in tables),
 * the panel's agreement with keep-or-exclude decisions, the actions of its stage, and the ranking with its stability.
 */
@Controller
class EvaluationPages {

    private final EvaluationDesk desk;
    private final EvaluationResults results;
    private final ExpertScoring scoring;
    private final IndicatorSystems systems;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;

    EvaluationPages(
            EvaluationDesk desk,
            EvaluationResults results,
            ExpertScoring scoring,
            IndicatorSystems systems,
            ParkCatalog parks,
            Callers callers,
            MessageSource messages) {
        this.desk = desk;
        this.results = results;
        this.scoring = scoring;
        this.systems = systems;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/evaluation")
    String list(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("evaluations", results.visible(caller));
        model.addAttribute("runs", EvaluationAccess.runs(caller));
        return "evaluation/list";
    }

    @GetMapping("/evaluation/new")
    String form(Principal principal, Model model) {
        EvaluationAccess.requireRunner(callers.of(principal));
        model.addAttribute("versions", systems.published());
        model.addAttribute("parks", parks.all());
        model.addAttribute("experts", callers.enabledWith(Role.EXPERT));
        return "evaluation/new";
    }

    @PostMapping("/evaluation")
    String create(
            Principal principal,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Long versionId,
            @RequestParam(required = false) List<Long> parks,
            @RequestParam(required = false) List<String> panel,
            Locale locale,
            RedirectAttributes redirect) {
        long[] created = {0};
        String back = PageActions.run(
                "/evaluation/new",
                "eval.notice.created",
                locale,
                redirect,
                messages,
                () -> created[0] = desk.create(
                                callers.of(principal),
                                new EvaluationOrder(name, versionId, parks, panel == null ? List.of() : panel, null))
                        .id()
                        .value());
        return created[0] == 0 ? back : "redirect:/evaluation/" + created[0];
    }

    @GetMapping("/evaluation/{id}")
    String show(Principal principal, @PathVariable long id, Model model) {
        Caller caller = callers.of(principal);
        Evaluation evaluation = desk.get(caller, new EvaluationId(id));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("version", systems.version(caller, evaluation.versionId()));
        model.addAttribute("runs", EvaluationAccess.runs(caller));
        model.addAttribute("expert", caller.has(Role.EXPERT) && evaluation.onPanel(caller.username()));
        model.addAttribute(
                "members",
                evaluation.panel().stream()
                        .collect(java.util.stream.Collectors.toMap(Panelist::username, member -> member)));
        model.addAttribute("weightings", EvaluationSetup.Weighting.values());
        model.addAttribute("rankings", EvaluationSetup.RankingChoice.values());
        model.addAttribute("incompleteChoices", EvaluationSetup.IncompleteLive.values());
        boolean closed = evaluation.state() != EvaluationState.SCORING;
        model.addAttribute(
                "agreement",
                closed && EvaluationAccess.seesWholeResult(caller, evaluation)
                        ? scoring.agreement(caller, evaluation.id())
                        : List.of());
        model.addAttribute(
                "result",
                closed || EvaluationAccess.readsAll(caller)
                        ? results.latest(caller, evaluation.id()).orElse(null)
                        : null);
        return "evaluation/show";
    }

    @PostMapping("/evaluation/{id}/setup")
    String setUp(
            Principal principal,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "eval.notice.saved", locale, redirect, () -> {
            Caller caller = callers.of(principal);
            Evaluation evaluation = desk.get(caller, new EvaluationId(id));
            desk.setUp(caller, evaluation.id(), SetupForm.read(form, systems.version(caller, evaluation.versionId())));
        });
    }

    @PostMapping("/evaluation/{id}/{action:close|compute|publish}")
    String stage(
            Principal principal,
            @PathVariable long id,
            @PathVariable String action,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "eval.notice." + action, locale, redirect, () -> {
            Caller caller = callers.of(principal);
            switch (action) {
                case "close" -> desk.close(caller, new EvaluationId(id));
                case "compute" -> desk.compute(caller, new EvaluationId(id));
                default -> desk.publish(caller, new EvaluationId(id));
            }
        });
    }

    @PostMapping("/evaluation/{id}/panel/{username}")
    String decide(
            Principal principal,
            @PathVariable long id,
            @PathVariable String username,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        Panelist.Decision chosen = switch (decision) {
            case "KEEP" -> Panelist.Decision.KEEP;
            case "EXCLUDE" -> Panelist.Decision.EXCLUDE;
            default -> null;
        };
        return act(
                id,
                "eval.notice.decided",
                locale,
                redirect,
                () -> desk.decide(callers.of(principal), new EvaluationId(id), username, chosen, note));
    }

    private String act(long id, String notice, Locale locale, RedirectAttributes redirect, Runnable action) {
        return PageActions.run("/evaluation/" + id, notice, locale, redirect, messages, action);
    }
}
