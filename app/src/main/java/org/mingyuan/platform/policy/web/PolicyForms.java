package org.mingyuan.platform.policy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyLevel;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The officers' pages for a policy itself: a new policy, its desk page (its fields to edit, its clauses with their
 * versions, a clause to add). A refused form comes back as typed with each reason beside its field and nothing
 * written; the rules are the policy desk's, the same the API and policy files obey.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER')")
class PolicyForms {

    private final PolicyDesk desk;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;

    PolicyForms(PolicyDesk desk, ParkCatalog parks, Callers callers, MessageSource messages) {
        this.desk = desk;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/policy-desk/policies/new")
    String newPolicy(Model model) {
        return newPolicyPage(PolicyForm.blank(), FieldMessages.NONE, model);
    }

    @PostMapping("/policy-desk/policies")
    String create(
            Principal principal,
            @ModelAttribute PolicyForm form,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        List<FieldProblem> problems = new ArrayList<>();
        PolicyContent content = form.content(false, problems);
        if (problems.isEmpty()) {
            try {
                Policy created = desk.create(caller, content);
                redirect.addFlashAttribute("notice", "desk.policyCreated");
                return "redirect:/policy-desk/policies/" + created.id();
            } catch (InvalidRequest refused) {
                problems.addAll(refused.problems());
            }
        } else {
            FormValues.addUnlessFieldNamed(problems, desk.problems(content));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return newPolicyPage(form, messages(problems, PolicyForm.FIELDS, locale), model);
    }

    @GetMapping("/policy-desk/policies/{id}")
    String policy(Principal principal, @PathVariable long id, Model model) {
        Policy policy = desk.policy(callers.of(principal), id);
        return policyPage(policy, PolicyForm.of(policy.content()), NewClauseForm.BLANK, model);
    }

    @PostMapping("/policy-desk/policies/{id}")
    String update(
            Principal principal,
            @PathVariable long id,
            @ModelAttribute PolicyForm sent,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        Policy policy = desk.policy(caller, id);
        PolicyForm form = sent.withCode(policy.content().code());
        List<FieldProblem> problems = new ArrayList<>();
        PolicyContent content = form.content(policy.content().demo(), problems);
        if (problems.isEmpty()) {
            try {
                desk.update(caller, id, content);
                redirect.addFlashAttribute("notice", "desk.policySaved");
                return "redirect:/policy-desk/policies/" + id;
            } catch (InvalidRequest refused) {
                problems.addAll(refused.problems());
            }
        } else {
            FormValues.addUnlessFieldNamed(problems, desk.problems(content));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", messages(problems, PolicyForm.FIELDS, locale));
        return policyPage(policy, form, NewClauseForm.BLANK, model);
    }

    @PostMapping("/policy-desk/policies/{id}/clauses")
    String addClause(
            Principal principal,
            @PathVariable long id,
            @ModelAttribute NewClauseForm form,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        Policy policy = desk.policy(caller, id);
        try {
            desk.addClause(caller, id, form.clauseId(), form.content());
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "clauseErrors", messages(NewClauseForm.shown(refused.problems()), NewClauseForm.FIELDS, locale));
            return policyPage(policy, PolicyForm.of(policy.content()), form, model);
        }
        redirect.addFlashAttribute("notice", "desk.clauseStarted");
        return "redirect:/policy-desk/clauses/" + UriUtils.encodePathSegment(form.clauseId(), StandardCharsets.UTF_8);
    }

    private String newPolicyPage(PolicyForm form, FieldMessages errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addChoices(model);
        return "policies/new";
    }

    private String policyPage(Policy policy, PolicyForm form, NewClauseForm clauseForm, Model model) {
        model.addAttribute("policy", policy);
        model.addAttribute("form", form);
        model.addAttribute("clauseForm", clauseForm);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldMessages.NONE);
        }
        if (!model.containsAttribute("clauseErrors")) {
            model.addAttribute("clauseErrors", FieldMessages.NONE);
        }
        addChoices(model);
        return "policies/policy";
    }

    private void addChoices(Model model) {
        model.addAttribute("levels", PolicyLevel.values());
        model.addAttribute("parks", parks.all());
    }

    private FieldMessages messages(List<FieldProblem> problems, Set<String> fields, Locale locale) {
        return FieldMessages.of(problems, fields, messages, locale);
    }
}
