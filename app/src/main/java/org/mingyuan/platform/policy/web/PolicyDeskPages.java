package org.mingyuan.platform.policy.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.Clause;
import org.mingyuan.platform.policy.ClauseCheck;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.FactSchemas;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyImports;
import org.mingyuan.platform.policy.internal.PolicyYaml;
import org.mingyuan.platform.policy.internal.TextRules;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.policy.matching.SimulationReport;
import org.mingyuan.platform.policy.matching.Simulations;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy officers' workbench (政策工作台): clause drafts, policy file import, and the clause editor with a live
 * check as the officer types (htmx), the error shown under its line and column, the fact schema to pick from, and
 * the example cases run on every check and save.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER')")
class PolicyDeskPages {

    private final PolicyDesk desk;
    private final PolicyImports imports;
    private final FactSchemas schemas;
    private final Callers callers;
    private final MessageSource messages;
    private final LiveMatcher live;
    private final Simulations simulations;
    private final ObjectMapper json;

    PolicyDeskPages(
            PolicyDesk desk,
            PolicyImports imports,
            FactSchemas schemas,
            Callers callers,
            MessageSource messages,
            LiveMatcher live,
            Simulations simulations,
            ObjectMapper json) {
        this.json = json;
        this.live = live;
        this.simulations = simulations;
        this.desk = desk;
        this.imports = imports;
        this.schemas = schemas;
        this.callers = callers;
        this.messages = messages;
    }

    /** One line of an expression as the check shows it; a marker line points at a column under the line above. */
    record SourceLine(String gutter, String text, boolean marker, String message) {}

    @GetMapping("/policy-desk")
    String desk(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute(
                "drafts",
                desk.drafts(caller).stream().map(DraftRow::figuresToCome).toList());
        model.addAttribute("figuresToCome", true);
        model.addAttribute("policies", desk.all());
        return "policies/desk";
    }

    /** The drafts' rows with their figures, which the desk loads once it is shown (htmx). */
    @GetMapping("/policy-desk/drafts")
    String draftFigures(Principal principal, Model model) {
        model.addAttribute(
                "drafts",
                desk.drafts(callers.of(principal)).stream().map(this::drafted).toList());
        model.addAttribute("figuresToCome", false);
        return "policies/desk :: draft-rows";
    }

    /**
     * A draft with what its text would award on the live registry today: null figures while the registry's copy
     * loads, when the text does not compile, or on the desk's page itself, which loads them afterwards.
     */
    record DraftRow(
            Clause clause,
            SimulationReport.@Nullable Figures figures,
            @Nullable BigDecimal budget) {

        /** The row before its figures are loaded. */
        static DraftRow figuresToCome(Clause clause) {
            return new DraftRow(
                    clause, null, clause.draft().orElseThrow().content().budget());
        }

        /** Tells whether the simulated total exceeds the budget. */
        public boolean overBudget() {
            return figures != null && budget != null && figures.amount().compareTo(budget) > 0;
        }
    }

    private DraftRow drafted(Clause clause) {
        ClauseContent content = clause.draft().orElseThrow().content();
        if (!live.ready()) {
            return new DraftRow(clause, null, content.budget());
        }
        try {
            return new DraftRow(clause, simulations.totals(content, clause.clauseId()), content.budget());
        } catch (InvalidRequest doesNotCompile) {
            return new DraftRow(clause, null, content.budget());
        }
    }

    @PostMapping("/policy-desk/import")
    String importFiles(
            Principal principal, @RequestParam("file") List<MultipartFile> files, Locale locale, Model model) {
        Caller caller = callers.of(principal);
        List<PolicyImports.Upload> uploads = new ArrayList<>();
        try {
            for (MultipartFile file : files) {
                if (file.isEmpty()) {
                    continue;
                }
                String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
                if (file.getSize() > PolicyYaml.MAX_BYTES) {
                    throw new InvalidRequest(name, "policy.import.tooLarge", name, PolicyYaml.MAX_BYTES);
                }
                uploads.add(new PolicyImports.Upload(name, file.getBytes()));
            }
            model.addAttribute("imported", imports.importFiles(caller, uploads));
        } catch (InvalidRequest refused) {
            model.addAttribute("importErrors", FieldErrors.of(refused.problems(), messages, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return desk(principal, model);
    }

    @GetMapping("/policy-desk/clauses/{clauseId}")
    String editor(Principal principal, @PathVariable String clauseId, Locale locale, Model model) {
        Caller caller = callers.of(principal);
        Clause clause = desk.clause(caller, clauseId);
        ClauseVersionDetail shown = clause.latest();
        return editor(caller, clause, ClauseForm.of(shown.content(), json), null, locale, model);
    }

    /**
     * The editor showing {@code form} checked; {@code refused} holds the problems of a save or publication that was
     * refused (null when none was), shown beside their fields instead of the check's.
     */
    private String editor(
            Caller caller,
            Clause clause,
            ClauseForm form,
            @Nullable List<FieldProblem> refused,
            Locale locale,
            Model model) {
        Policy policy = desk.policy(caller, clause.policyId());
        model.addAttribute("clause", clause);
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        model.addAttribute("editable", clause.draft().isPresent() && clause.withdrawnFrom() == null);
        model.addAttribute("facts", schemas.facts());
        List<FieldProblem> found = addCheck(form, clause.clauseId(), policy, model);
        model.addAttribute("refused", refused != null);
        model.addAttribute(
                "errors", FieldMessages.of(refused != null ? refused : found, ClauseForm.FIELDS, messages, locale));
        return "policies/editor";
    }

    /**
     * Checks the form's text into the model (compile errors under their line and column, conditions read back,
     * examples run) and answers the problems of its fields: what cannot be read, or the rules a save would refuse.
     */
    private List<FieldProblem> addCheck(ClauseForm form, String clauseId, Policy policy, Model model) {
        ClauseContent content;
        try {
            content = form.content(clauseId, json);
        } catch (InvalidRequest unreadable) {
            return unreadable.problems();
        }
        ClauseCheck check = desk.check(clauseId, content, policy.content().issuedOn());
        model.addAttribute("check", check);
        model.addAttribute("eligibilityLines", lines(content.eligibility(), check, "eligibility"));
        model.addAttribute("amountLines", lines(content.amount(), check, "amount"));
        return TextRules.clause("", clauseId, content);
    }

    /** The expression's lines, each error's marker line right under the line it points at. */
    static List<SourceLine> lines(String source, ClauseCheck check, String part) {
        List<SourceLine> lines = new ArrayList<>();
        String[] texts = source.split("\n", -1);
        for (int i = 0; i < texts.length; i++) {
            int number = i + 1;
            lines.add(new SourceLine(String.format("%4d | ", number), texts[i], false, ""));
            for (ClauseCheck.Problem problem : check.errors()) {
                if (problem.part().equals(part) && problem.line() == number) {
                    lines.add(new SourceLine(
                            "     | ", " ".repeat(Math.max(problem.column() - 1, 0)) + "^", true, problem.message()));
                }
            }
        }
        return lines;
    }

    @PostMapping("/policy-desk/clauses/{clauseId}/check")
    String check(
            Principal principal,
            @PathVariable String clauseId,
            @ModelAttribute ClauseForm form,
            Locale locale,
            Model model) {
        Caller caller = callers.of(principal);
        Clause clause = desk.clause(caller, clauseId);
        List<FieldProblem> found = addCheck(form, clauseId, desk.policy(caller, clause.policyId()), model);
        model.addAttribute("errors", FieldMessages.of(found, ClauseForm.FIELDS, messages, locale));
        model.addAttribute("fields", ClauseForm.FIELDS);
        return "policies/check :: response";
    }

    @PostMapping("/policy-desk/clauses/{clauseId}")
    String save(
            Principal principal,
            @PathVariable String clauseId,
            @ModelAttribute ClauseForm form,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        try {
            desk.saveDraft(caller, clauseId, form.content(clauseId, json));
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(caller, desk.clause(caller, clauseId), form, refused.problems(), locale, model);
        }
        redirect.addFlashAttribute("notice", "desk.saved");
        return "redirect:/policy-desk/clauses/" + clauseId;
    }

    @PostMapping("/policy-desk/clauses/{clauseId}/publish")
    String publish(
            Principal principal,
            @PathVariable String clauseId,
            @RequestParam(defaultValue = "false") boolean confirmOverBudget,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        try {
            desk.publish(caller, clauseId, confirmOverBudget);
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Clause clause = desk.clause(caller, clauseId);
            return editor(
                    caller, clause, ClauseForm.of(clause.latest().content(), json), refused.problems(), locale, model);
        }
        redirect.addFlashAttribute("notice", "desk.published");
        return "redirect:/policy-desk/clauses/" + clauseId;
    }

    @PostMapping("/policy-desk/clauses/{clauseId}/amend")
    String amend(Principal principal, @PathVariable String clauseId, RedirectAttributes redirect) {
        desk.amend(callers.of(principal), clauseId);
        redirect.addFlashAttribute("notice", "desk.amending");
        return "redirect:/policy-desk/clauses/" + clauseId;
    }

    @PostMapping("/policy-desk/clauses/{clauseId}/withdraw")
    String withdraw(Principal principal, @PathVariable String clauseId, RedirectAttributes redirect) {
        desk.withdraw(callers.of(principal), clauseId, null);
        redirect.addFlashAttribute("notice", "desk.withdrawn");
        return "redirect:/policy-desk/clauses/" + clauseId;
    }
}
