package org.mingyuan.platform.recognition.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.fulfillment.material.Material;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.recognition.Recognition;
import org.mingyuan.platform.recognition.RecognitionApplications;
import org.mingyuan.platform.recognition.RecognitionDraft;
import org.mingyuan.platform.recognition.RecognitionReviews;
import org.mingyuan.platform.recognition.RecognitionScheme;
import org.mingyuan.platform.recognition.RecognitionState;
import org.mingyuan.platform.recognition.Recognitions;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recognition pages: the firm's (its schemes, applications with the failed criteria and the validity of its
 * recognition, and the application form showing each problem beside its field), the officials' desk (schemes and the
 * applications by state) and one application's page with the district review, the experts' opinions, the decision and
 * revocation; experts see the applications awaiting their opinion.
 */
@Controller
class RecognitionPages {

    private final Recognitions recognitions;
    private final RecognitionApplications applications;
    private final RecognitionReviews reviews;
    private final RecognitionSheet sheet;
    private final EnterpriseRegistry registry;
    private final MaterialLibrary materials;
    private final Callers callers;
    private final MessageSource messages;

    RecognitionPages(
            Recognitions recognitions,
            RecognitionApplications applications,
            RecognitionReviews reviews,
            RecognitionSheet sheet,
            EnterpriseRegistry registry,
            MaterialLibrary materials,
            Callers callers,
            MessageSource messages) {
        this.recognitions = recognitions;
        this.applications = applications;
        this.reviews = reviews;
        this.sheet = sheet;
        this.registry = registry;
        this.materials = materials;
        this.callers = callers;
        this.messages = messages;
    }

    /** What the application form sent, kept to show it again after a refusal. */
    record Form(
            String scheme,
            String ipItems,
            String grantedPatents,
            String revenue,
            String blockchainShare,
            String virtualCurrency,
            String cacFilingNumber,
            boolean committed,
            Map<String, String> evidence) {

        static final Form EMPTY = new Form("", "", "", "", "", "", "", false, Map.of());
    }

    @GetMapping("/my/recognition")
    String mine(Principal principal) {
        Caller caller = callers.of(principal);
        Long own = caller.has(Role.ENTERPRISE) ? caller.enterpriseId() : null;
        Enterprise enterprise = Optional.ofNullable(own)
                .flatMap(id -> registry.find(caller, new EnterpriseId(id)))
                .orElseThrow(() -> new NotFound("enterprise", caller.username()));
        return "redirect:/enterprises/" + enterprise.creditCode().value() + "/recognition";
    }

    @GetMapping("/enterprises/{creditCode}/recognition")
    String firm(Principal principal, @PathVariable String creditCode, Model model) {
        return firmPage(callers.of(principal), creditCode, Form.EMPTY, Map.of(), model);
    }

    @PostMapping("/enterprises/{creditCode}/recognition")
    String apply(
            Principal principal,
            @PathVariable String creditCode,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        Map<String, String> evidence = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("evidence.") && !value.isBlank()) {
                evidence.put(name.substring("evidence.".length()), value.strip());
            }
        });
        Form form = new Form(
                params.getOrDefault("scheme", ""),
                params.getOrDefault("ipItems", ""),
                params.getOrDefault("grantedPatents", ""),
                params.getOrDefault("revenue", ""),
                params.getOrDefault("blockchainShare", ""),
                params.getOrDefault("virtualCurrency", ""),
                params.getOrDefault("cacFilingNumber", ""),
                "true".equals(params.get("committed")),
                evidence);
        List<FieldProblem> unreadable = new ArrayList<>();
        Map<String, Long> chosen = new LinkedHashMap<>();
        evidence.forEach((slot, id) -> {
            Long read = whole("evidence." + slot, id, unreadable);
            if (read != null) {
                chosen.put(slot, read);
            }
        });
        RecognitionDraft draft = new RecognitionDraft(
                form.scheme(),
                whole("ipItems", form.ipItems(), unreadable),
                whole("grantedPatents", form.grantedPatents(), unreadable),
                decimal("revenue", form.revenue(), unreadable),
                decimal("blockchainShare", form.blockchainShare(), unreadable),
                switch (form.virtualCurrency()) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> null;
                },
                form.cacFilingNumber(),
                form.committed(),
                chosen);
        if (!unreadable.isEmpty()) {
            return firmPage(caller, creditCode, form, FieldErrors.of(unreadable, messages, locale), model);
        }
        try {
            Recognition filed = applications.apply(caller, creditCode, draft);
            redirect.addFlashAttribute(
                    "notice",
                    filed.state() == RecognitionState.REFUSED
                            ? "recognition.notice.refused"
                            : "recognition.notice.filed");
            return "redirect:/enterprises/" + creditCode + "/recognition";
        } catch (InvalidRequest refused) {
            return firmPage(caller, creditCode, form, FieldErrors.of(refused.problems(), messages, locale), model);
        } catch (Conflict conflict) {
            var problem = new FieldProblem(conflict.field(), conflict.code(), conflict.args());
            return firmPage(caller, creditCode, form, FieldErrors.of(List.of(problem), messages, locale), model);
        }
    }

    @GetMapping("/recognition")
    String queue(Principal principal, @RequestParam(required = false) @Nullable String state, Model model) {
        Caller caller = callers.of(principal);
        RecognitionState chosen = null;
        for (RecognitionState s : RecognitionState.values()) {
            if (s.name().equals(state)) {
                chosen = s;
            }
        }
        model.addAttribute("schemes", recognitions.schemes());
        List<Recognition> applications = recognitions.list(caller, chosen);
        model.addAttribute("applications", applications);
        model.addAttribute("overdue", reviews.overdue(applications));
        model.addAttribute("states", RecognitionState.values());
        model.addAttribute("state", chosen);
        model.addAttribute("official", Recognitions.isOfficial(caller));
        return "recognition/desk";
    }

    @GetMapping("/recognition/{id}")
    String application(Principal principal, @PathVariable long id, Model model) {
        Caller caller = callers.of(principal);
        Recognition r = recognitions.get(caller, id);
        model.addAttribute("r", r);
        model.addAttribute("overdueBy", reviews.overdue(List.of(r)).get(r.id()));
        model.addAttribute("scheme", schemeOf(r));
        model.addAttribute("official", Recognitions.isOfficial(caller));
        model.addAttribute(
                "mayGiveOpinion",
                caller.has(Role.EXPERT)
                        && r.state() == RecognitionState.PANEL_REVIEW
                        && r.opinions().stream().noneMatch(o -> o.expert().equals(caller.username())));
        return "recognition/application";
    }

    @PostMapping("/recognition/{id}/district-review")
    String review(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "recognition.notice.reviewed", locale, redirect, () -> {
            if (!outcome.equals("pass") && !outcome.equals("refuse")) {
                throw new InvalidRequest(List.of(new FieldProblem("outcome", "recognition.required", List.of())));
            }
            reviews.districtReview(callers.of(principal), id, outcome.equals("pass"), note);
        });
    }

    @PostMapping("/recognition/{id}/opinions")
    String opinion(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String agrees,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        Boolean value = agrees.equals("true") ? Boolean.TRUE : agrees.equals("false") ? Boolean.FALSE : null;
        return act(
                id,
                "recognition.notice.opinion",
                locale,
                redirect,
                () -> reviews.opinion(callers.of(principal), id, value, reason));
    }

    @PostMapping("/recognition/{id}/decision")
    String decide(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "recognition.notice.decided",
                locale,
                redirect,
                () -> reviews.decide(callers.of(principal), id, note));
    }

    @PostMapping("/recognition/{id}/revocation")
    String revoke(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "recognition.notice.revoked",
                locale,
                redirect,
                () -> recognitions.revoke(callers.of(principal), id, reason));
    }

    @GetMapping("/recognition/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(Principal principal) {
        return sheet.download(callers.of(principal));
    }

    private String act(long id, String notice, Locale locale, RedirectAttributes redirect, Runnable action) {
        return PageActions.run("/recognition/" + id, notice, locale, redirect, messages, action);
    }

    private String firmPage(
            Caller caller, String creditCode, Form form, Map<String, List<String>> errors, Model model) {
        Enterprise enterprise = registry.find(caller, creditCode);
        List<Recognition> applications = recognitions.ofEnterprise(caller, creditCode);
        model.addAttribute("e", enterprise);
        model.addAttribute("schemes", recognitions.schemes());
        model.addAttribute("applications", applications);
        model.addAttribute(
                "current",
                applications.stream()
                        .filter(r -> r.state() == RecognitionState.RECOGNISED)
                        .findFirst()
                        .orElse(null));
        boolean owner = EnterpriseRegistry.actsFor(caller, enterprise);
        model.addAttribute("owner", owner);
        model.addAttribute(
                "library",
                owner
                        ? materials.list(caller, creditCode).stream()
                                .filter(m -> !m.superseded())
                                .toList()
                        : List.<Material>of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recognition/firm";
    }

    private RecognitionScheme schemeOf(Recognition r) {
        return recognitions.schemes().stream()
                .filter(s -> s.id() == r.schemeId())
                .findFirst()
                .orElseThrow();
    }

    private static @Nullable Long whole(String field, String text, List<FieldProblem> problems) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "recognition.number", List.of(value)));
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(String field, String text, List<FieldProblem> problems) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal read = new BigDecimal(value);
            if (read.precision() - read.scale() > 20) {
                problems.add(new FieldProblem(field, "recognition.number", List.of(value)));
                return null;
            }
            return read;
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "recognition.number", List.of(value)));
            return null;
        }
    }
}
