package org.mingyuan.platform.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.FactKinds;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.internal.EnterpriseRules;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-service editing: the profile form and the "declare a fact" form, for the enterprise's own users,
 * its park's operator and administrators or policy officers. A refused form comes back with the
 * values as typed and the reason next to each field.
 */
@Controller
class EnterpriseForms {

    private final EnterpriseRegistry registry;
    private final EnterpriseRules rules;
    private final RegistryLabels labels;
    private final Callers callers;
    private final MessageSource messages;
    private final FactKinds factKinds;

    EnterpriseForms(
            EnterpriseRegistry registry,
            EnterpriseRules rules,
            RegistryLabels labels,
            Callers callers,
            MessageSource messages,
            FactKinds factKinds) {
        this.factKinds = factKinds;
        this.registry = registry;
        this.rules = rules;
        this.labels = labels;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/enterprises/{creditCode}/edit")
    String editForm(Principal principal, @PathVariable String creditCode, Model model) {
        Caller caller = callers.of(principal);
        Enterprise enterprise = editable(caller, creditCode);
        return profilePage(caller, enterprise, EnterpriseForm.of(enterprise), model);
    }

    @PostMapping("/enterprises/{creditCode}/edit")
    String edit(
            Principal principal,
            @PathVariable String creditCode,
            @ModelAttribute EnterpriseForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        Enterprise enterprise = editable(caller, creditCode);
        List<FieldProblem> problems = new ArrayList<>();
        EnterpriseDraft draft = form.draft(enterprise, movesParks(caller), problems);
        if (!problems.isEmpty()) {
            addUnlessFieldNamed(problems, rules.profileProblems(draft));
        } else if (saved(() -> registry.update(caller, creditCode, draft), problems)) {
            return savedPage(enterprise, "enterprise.saved", redirect);
        }
        refused(problems, locale, response, model);
        return profilePage(caller, enterprise, form, model);
    }

    @GetMapping("/enterprises/{creditCode}/facts/new")
    String factForm(Principal principal, @PathVariable String creditCode, Model model) {
        Caller caller = callers.of(principal);
        return factPage(caller, editable(caller, creditCode), FactForm.blank(), model);
    }

    @PostMapping("/enterprises/{creditCode}/facts")
    String declare(
            Principal principal,
            @PathVariable String creditCode,
            @ModelAttribute FactForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        Enterprise enterprise = editable(caller, creditCode);
        List<FieldProblem> problems = new ArrayList<>();
        FactStatement statement = form.statement(problems);
        if (!problems.isEmpty()) {
            addUnlessFieldNamed(
                    problems,
                    EnterpriseRules.factProblems(
                            statement,
                            factKinds
                                    .find(
                                            statement.name() == null
                                                    ? null
                                                    : statement.name().toUpperCase(Locale.ROOT))
                                    .orElse(null)));
        } else if (saved(() -> registry.state(caller, creditCode, statement), problems)) {
            return savedPage(enterprise, "fact.saved", redirect);
        }
        refused(problems, locale, response, model);
        return factPage(caller, enterprise, form, model);
    }

    /** Runs {@code save}; true when it went through, false with the registry's problems added when refused. */
    private static boolean saved(Runnable save, List<FieldProblem> problems) {
        try {
            save.run();
            return true;
        } catch (InvalidRequest invalid) {
            problems.addAll(invalid.problems());
            return false;
        }
    }

    /** Back to the enterprise's page with a notice that what was sent is saved. */
    private static String savedPage(Enterprise enterprise, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/enterprises/" + enterprise.creditCode().value();
    }

    /**
     * Adds the registry's rule problems of a form that could not be read whole, so every field's problem
     * shows at once; a field that could not be read keeps only that problem.
     */
    private static void addUnlessFieldNamed(List<FieldProblem> problems, List<FieldProblem> more) {
        Set<String> named = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        more.stream().filter(problem -> !named.contains(problem.field())).forEach(problems::add);
    }

    private void refused(List<FieldProblem> problems, Locale locale, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", FieldErrors.of(problems, messages, locale));
    }

    private Enterprise editable(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        if (!EnterpriseRegistry.mayEdit(caller, enterprise)) {
            throw new AccessDeniedException("may not change enterprise " + creditCode);
        }
        return enterprise;
    }

    private String profilePage(Caller caller, Enterprise enterprise, EnterpriseForm form, Model model) {
        model.addAttribute("e", enterprise);
        model.addAttribute("form", form);
        model.addAttribute("movesParks", movesParks(caller));
        labels.addTo(model);
        return "enterprises/edit";
    }

    private String factPage(Caller caller, Enterprise enterprise, FactForm form, Model model) {
        model.addAttribute("e", enterprise);
        model.addAttribute("form", form);
        boolean departments = EnterpriseRegistry.mayStateForDepartments(caller);
        model.addAttribute(
                "factKinds",
                factKinds.all().stream()
                        .filter(kind -> departments || !kind.departmentsOnly())
                        .toList());
        model.addAttribute("mayVerify", EnterpriseRegistry.mayVerify(caller));
        return "enterprises/declare";
    }

    private static boolean movesParks(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER);
    }
}
