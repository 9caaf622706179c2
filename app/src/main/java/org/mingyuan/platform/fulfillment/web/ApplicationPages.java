package org.mingyuan.platform.fulfillment.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.fulfillment.ApplicationDesk;
import org.mingyuan.platform.fulfillment.ApplicationDraft;
import org.mingyuan.platform.fulfillment.ApplicationDraft.MaterialChoice;
import org.mingyuan.platform.fulfillment.CaseDesk;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-stop application form (一次办) and an enterprise's cases. The form offers the clauses the enterprise
 * qualifies for today, shows the facts each reads as the registry holds them (read-only), and asks only for what the
 * platform does not hold; a hidden idempotency key makes a double click one application. A refusal shows each problem
 * beside its field, with what was typed kept.
 */
@Controller
class ApplicationPages {

    private final ApplicationDesk applications;
    private final CaseDesk cases;
    private final EnterpriseRegistry registry;
    private final Callers callers;
    private final MessageSource messages;

    ApplicationPages(
            ApplicationDesk applications,
            CaseDesk cases,
            EnterpriseRegistry registry,
            Callers callers,
            MessageSource messages) {
        this.applications = applications;
        this.cases = cases;
        this.registry = registry;
        this.callers = callers;
        this.messages = messages;
    }

    /** What the form sent, kept to show it again after a refusal. */
    record Form(
            String idempotencyKey,
            List<String> clauses,
            String contactName,
            String contactPhone,
            String note,
            Map<String, String> materialIds) {}

    @GetMapping("/enterprises/{creditCode}/apply")
    String form(Principal principal, @PathVariable String creditCode, Model model) {
        Caller caller = callers.of(principal);
        Form empty = new Form(UUID.randomUUID().toString(), List.of(), "", "", "", Map.of());
        return show(caller, creditCode, empty, Map.of(), model);
    }

    @PostMapping("/enterprises/{creditCode}/apply")
    String apply(
            Principal principal,
            @PathVariable String creditCode,
            @RequestParam String idempotencyKey,
            @RequestParam(required = false) @Nullable List<String> clauses,
            @RequestParam(defaultValue = "") String contactName,
            @RequestParam(defaultValue = "") String contactPhone,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) @Nullable List<String> materialName,
            @RequestParam(required = false) @Nullable List<String> materialId,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        List<String> chosen = clauses == null ? List.of() : clauses;
        Map<String, String> typed = new LinkedHashMap<>();
        List<MaterialChoice> materials = new ArrayList<>();
        List<FieldProblem> unreadable = new ArrayList<>();
        List<String> names = materialName == null ? List.of() : materialName;
        for (int i = 0; i < names.size(); i++) {
            String id = materialId == null || i >= materialId.size()
                    ? ""
                    : materialId.get(i).strip();
            typed.put(names.get(i), id);
            if (id.isEmpty()) {
                continue;
            }
            try {
                materials.add(new MaterialChoice(names.get(i), Long.parseLong(id)));
            } catch (NumberFormatException notANumber) {
                unreadable.add(new FieldProblem("material:" + names.get(i), "fulfillment.material.id", List.of(id)));
            }
        }
        Form form = new Form(idempotencyKey, chosen, contactName, contactPhone, note, typed);
        if (!unreadable.isEmpty()) {
            return show(caller, creditCode, form, FieldErrors.of(unreadable, messages, locale), model);
        }
        try {
            var submitted = applications.submit(
                    caller,
                    creditCode,
                    idempotencyKey,
                    new ApplicationDraft(chosen, note, contactName, contactPhone, materials));
            redirect.addFlashAttribute("notice", "application.notice.filed");
            return "redirect:/enterprises/" + submitted.application().creditCode() + "/cases";
        } catch (InvalidRequest refused) {
            return show(caller, creditCode, form, byField(refused.problems(), chosen, materials, locale), model);
        }
    }

    @GetMapping("/enterprises/{creditCode}/cases")
    String cases(Principal principal, @PathVariable String creditCode, Model model) {
        Caller caller = callers.of(principal);
        Enterprise enterprise = registry.find(caller, creditCode);
        model.addAttribute("e", enterprise);
        model.addAttribute("cases", cases.ofEnterprise(caller, creditCode));
        model.addAttribute(
                "owner",
                caller.enterpriseId() != null
                        && caller.enterpriseId() == enterprise.id().value());
        return "cases/list";
    }

    @GetMapping("/my/cases")
    String myCases(Principal principal) {
        return "redirect:/enterprises/" + own(callers.of(principal)) + "/cases";
    }

    @GetMapping("/my/apply")
    String myApplication(Principal principal) {
        return "redirect:/enterprises/" + own(callers.of(principal)) + "/apply";
    }

    private String own(Caller caller) {
        if (caller.enterpriseId() == null) {
            throw new org.mingyuan.platform.NotFound("enterprise", caller.username());
        }
        var query = new org.mingyuan.platform.registry.EnterpriseQuery(
                null, null, null, null, null, caller.enterpriseId(), 0, 1);
        return registry.search(caller, query).items().stream()
                .findFirst()
                .orElseThrow(() -> new org.mingyuan.platform.NotFound("enterprise", caller.username()))
                .creditCode()
                .value();
    }

    private String show(Caller caller, String creditCode, Form form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("offer", applications.offer(caller, creditCode));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "applications/form";
    }

    /**
     * The problems by the field the page shows them beside: a clause's by {@code clause:<id>}, a material's by
     * {@code material:<name>}, the others by their own names.
     */
    private Map<String, List<String>> byField(
            List<FieldProblem> problems, List<String> chosen, List<MaterialChoice> materials, Locale locale) {
        List<FieldProblem> placed = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String field = problem.field();
            String at = field;
            int index = index(field);
            if (field.startsWith("clauses[") && index >= 0 && index < chosen.size()) {
                at = "clause:" + chosen.get(index);
            } else if (field.startsWith("materials[") && index >= 0 && index < materials.size()) {
                at = "material:" + materials.get(index).name();
            }
            placed.add(new FieldProblem(at, problem.code(), problem.args()));
        }
        return FieldErrors.of(placed, messages, locale);
    }

    private static int index(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
