package org.mingyuan.platform.incubation.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.incubation.FinancingDesk;
import org.mingyuan.platform.incubation.FinancingDraft;
import org.mingyuan.platform.incubation.FinancingStage;
import org.mingyuan.platform.incubation.IncubateeDesk;
import org.mingyuan.platform.incubation.IncubateeDraft;
import org.mingyuan.platform.incubation.IncubationAccess;
import org.mingyuan.platform.incubation.IncubatorDesk;
import org.mingyuan.platform.incubation.IncubatorDraft;
import org.mingyuan.platform.incubation.IncubatorReport;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incubation pages: the incubators a caller reads with their conditions at a glance and a form to open one; one
 * incubator's conditions with figures and thresholds, incubatees and rounds, with forms for those who manage it; and
 * an enterprise's own stays and rounds. A refused form comes back with the values as typed and the reasons in place.
 */
@Controller
class IncubationPages {

    private final IncubatorDesk incubatorDesk;
    private final IncubateeDesk incubateeDesk;
    private final FinancingDesk financingDesk;
    private final ParkCatalog parks;
    private final Callers callers;
    private final MessageSource messages;

    IncubationPages(
            IncubatorDesk incubatorDesk,
            IncubateeDesk incubateeDesk,
            FinancingDesk financingDesk,
            ParkCatalog parks,
            Callers callers,
            MessageSource messages) {
        this.incubatorDesk = incubatorDesk;
        this.incubateeDesk = incubateeDesk;
        this.financingDesk = financingDesk;
        this.parks = parks;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/incubation")
    String list(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        List<IncubatorReport> reports = financingDesk.reports(caller);
        model.addAttribute("reports", reports);
        model.addAttribute(
                "parks",
                parks.all().stream()
                        .filter(p -> IncubationAccess.manages(caller, p.id().value()))
                        .toList());
        model.addAttribute("parkNames", parkNames());
        return "incubation/list";
    }

    @PostMapping("/incubation")
    String open(
            Principal principal, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        keep(redirect, "incubator", form);
        return PageActions.run(
                "/incubation",
                "incubation.notice.opened",
                locale,
                redirect,
                messages,
                () -> incubatorDesk.open(callers.of(principal), draft(form, true)));
    }

    @GetMapping("/incubation/{id}")
    String show(Principal principal, @PathVariable long id, Model model) {
        Caller caller = callers.of(principal);
        IncubatorReport report = financingDesk.report(caller, id);
        model.addAttribute("report", report);
        model.addAttribute(
                "manages", IncubationAccess.manages(caller, report.incubator().parkId()));
        model.addAttribute("stages", FinancingStage.values());
        if (!"incubator".equals(model.getAttribute("form"))) {
            var inc = report.incubator();
            Map<String, String> stored = new java.util.HashMap<>();
            stored.put("name", inc.name());
            stored.put("areaM2", inc.areaM2().toPlainString());
            stored.put("incubateeAreaM2", inc.incubateeAreaM2().toPlainString());
            stored.put("seedFund", inc.seedFund().toPlainString());
            stored.put(
                    "incomeTotal",
                    inc.incomeTotal() == null ? "" : inc.incomeTotal().toPlainString());
            stored.put(
                    "incomeServices",
                    inc.incomeServices() == null ? "" : inc.incomeServices().toPlainString());
            model.addAttribute("incubatorValues", stored);
        } else {
            model.addAttribute("incubatorValues", model.getAttribute("typed"));
        }
        return "incubation/show";
    }

    @PostMapping("/incubation/{id}")
    String edit(
            Principal principal,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        keep(redirect, "incubator", form);
        return PageActions.run(
                back(id),
                "incubation.notice.saved",
                locale,
                redirect,
                messages,
                () -> incubatorDesk.edit(callers.of(principal), id, draft(form, false)));
    }

    @PostMapping("/incubation/{id}/incubatees")
    String enter(
            Principal principal,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        keep(redirect, "incubatee", form);
        return PageActions.run(back(id), "incubation.notice.entered", locale, redirect, messages, () -> {
            var values = new IncubationForms();
            var entered = values.day("enteredOn", form.get("enteredOn"));
            values.check();
            incubateeDesk.enter(callers.of(principal), id, new IncubateeDraft(form.get("creditCode"), entered));
        });
    }

    @PostMapping("/incubation/{id}/incubatees/{stay}/graduation")
    String graduate(
            Principal principal,
            @PathVariable long id,
            @PathVariable long stay,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        keep(redirect, "graduation-" + stay, form);
        return PageActions.run(back(id), "incubation.notice.graduated", locale, redirect, messages, () -> {
            var values = new IncubationForms();
            var day = values.day("graduatedOn", form.get("graduatedOn"));
            values.check();
            incubateeDesk.graduate(callers.of(principal), id, stay, day);
        });
    }

    @PostMapping("/incubation/{id}/rounds")
    String finance(
            Principal principal,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        keep(redirect, "round", form);
        return PageActions.run(back(id), "incubation.notice.financed", locale, redirect, messages, () -> {
            var values = new IncubationForms();
            var amount = values.decimal("amount", form.get("amount"));
            var closed = values.day("closedOn", form.get("closedOn"));
            FinancingStage stage = null;
            String stageText = form.getOrDefault("stage", "");
            if (!stageText.isBlank()) {
                stage = List.of(FinancingStage.values()).stream()
                        .filter(s -> s.name().equals(stageText))
                        .findFirst()
                        .orElse(null);
            }
            values.check();
            financingDesk.finance(
                    callers.of(principal),
                    new FinancingDraft(
                            form.get("creditCode"),
                            form.get("investor"),
                            amount,
                            closed,
                            stage,
                            "on".equals(form.get("ownFund")) ? id : null));
        });
    }

    @GetMapping("/my/incubation")
    String mine(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        if (caller.enterpriseId() == null) {
            throw new AccessDeniedException("only an enterprise's own accounts read its incubation");
        }
        model.addAttribute("mine", incubateeDesk.mine(caller));
        return "incubation/mine";
    }

    private static IncubatorDraft draft(Map<String, String> form, boolean withPark) {
        var values = new IncubationForms();
        var draft = new IncubatorDraft(
                withPark ? values.number("parkId", form.get("parkId")) : null,
                form.get("name"),
                values.decimal("areaM2", form.get("areaM2")),
                values.decimal("incubateeAreaM2", form.get("incubateeAreaM2")),
                values.decimal("seedFund", form.get("seedFund")),
                values.decimal("incomeTotal", form.get("incomeTotal")),
                values.decimal("incomeServices", form.get("incomeServices")));
        values.check();
        return draft;
    }

    private Map<Long, Park> parkNames() {
        Map<Long, Park> byId = new java.util.HashMap<>();
        parks.all().forEach(p -> byId.put(p.id().value(), p));
        return byId;
    }

    private static void keep(RedirectAttributes redirect, String form, Map<String, String> values) {
        redirect.addFlashAttribute("form", form);
        redirect.addFlashAttribute("typed", values);
    }

    private static String back(long id) {
        return "/incubation/" + id;
    }
}
