package org.mingyuan.platform.fulfillment.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.fulfillment.ApplicationDraft.MaterialChoice;
import org.mingyuan.platform.fulfillment.BudgetBook;
import org.mingyuan.platform.fulfillment.CaseDesk;
import org.mingyuan.platform.fulfillment.CaseDetail;
import org.mingyuan.platform.fulfillment.NoticeBook;
import org.mingyuan.platform.fulfillment.RatingDesk;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's page — its stages, materials and timeline with each step's receipt — with the forms of whoever acts next:
 * the stage's reviewer approves, rejects citing a condition, or returns it; the enterprise hands in more material.
 * The objections to an approved award are listed there, with the answer form for the department's reviewers. Also the
 * reviewers' queue (审核工作台), with the cases whose objections wait for an answer, and the budgets officials watch. Every action goes back to the case with a
 * notice, or with the reason it was refused.
 */
@Controller
class CasePages {

    private final CaseDesk desk;
    private final RatingDesk ratings;
    private final BudgetBook budgets;
    private final CasePayments payments;
    private final NoticeBook notices;
    private final Callers callers;
    private final MessageSource messages;
    private final Clock clock;

    CasePages(
            CaseDesk desk,
            RatingDesk ratings,
            BudgetBook budgets,
            CasePayments payments,
            NoticeBook notices,
            Callers callers,
            MessageSource messages,
            Clock clock) {
        this.desk = desk;
        this.ratings = ratings;
        this.budgets = budgets;
        this.payments = payments;
        this.notices = notices;
        this.clock = clock;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}")
    String show(Principal principal, @PathVariable long id, Model model) {
        Caller caller = callers.of(principal);
        CaseDetail detail = desk.detail(caller, id);
        model.addAttribute("d", detail);
        model.addAttribute("c", detail.reviewCase());
        model.addAttribute("rating", ratings.view(caller, id));
        model.addAttribute(
                "conditions",
                detail.mayAct()
                        ? desk.explanation(caller, id).map(e -> e.topLevel()).orElse(List.of())
                        : List.of());
        payments.addTo(model, caller, detail.reviewCase());
        model.addAttribute("objections", notices.objections(caller, id));
        model.addAttribute("mayAnswer", NoticeBook.mayAnswer(caller, detail.reviewCase()));
        return "cases/detail";
    }

    @GetMapping("/review")
    String queue(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("cases", desk.queue(caller, 0, CaseDesk.MAX_PAGE));
        model.addAttribute("objected", notices.awaitingAnswer(caller));
        model.addAttribute("today", RegistryTime.today(clock));
        return "cases/queue";
    }

    @GetMapping("/budgets")
    String budgets(Principal principal, Model model) {
        model.addAttribute("budgets", budgets.all(callers.of(principal)));
        return "cases/budgets";
    }

    @PostMapping("/cases/{id}/approve")
    String approve(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "case.notice.approved", locale, redirect, () -> {
            BigDecimal value = amount.isBlank() ? null : parse(amount);
            desk.approve(callers.of(principal), id, value, note);
        });
    }

    @PostMapping("/cases/{id}/reject")
    String reject(
            Principal principal,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer condition,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "case.notice.rejected",
                locale,
                redirect,
                () -> desk.reject(callers.of(principal), id, condition, note));
    }

    @PostMapping("/cases/{id}/return")
    String giveBack(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "case.notice.returned",
                locale,
                redirect,
                () -> desk.returnForMaterial(callers.of(principal), id, note));
    }

    @PostMapping("/cases/{id}/resubmit")
    String resubmit(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) @Nullable List<String> materialName,
            @RequestParam(required = false) @Nullable List<String> materialId,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "case.notice.resubmitted", locale, redirect, () -> {
            List<MaterialChoice> materials = new ArrayList<>();
            List<String> names = materialName == null ? List.of() : materialName;
            for (int i = 0; i < names.size(); i++) {
                String typed = materialId == null || i >= materialId.size()
                        ? ""
                        : materialId.get(i).strip();
                if (!typed.isEmpty()) {
                    try {
                        materials.add(new MaterialChoice(names.get(i), Long.parseLong(typed)));
                    } catch (NumberFormatException notANumber) {
                        throw new InvalidRequest("materials[" + i + "]", "fulfillment.material.id", typed);
                    }
                }
            }
            desk.resubmit(callers.of(principal), id, note, materials);
        });
    }

    private static BigDecimal parse(String amount) {
        try {
            return new BigDecimal(amount.strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequest("amount", "fulfillment.amount.positive");
        }
    }

    private String act(long id, String notice, Locale locale, RedirectAttributes redirect, Runnable action) {
        return PageActions.run("/cases/" + id, notice, locale, redirect, messages, action);
    }
}
