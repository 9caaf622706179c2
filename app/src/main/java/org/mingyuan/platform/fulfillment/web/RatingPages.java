package org.mingyuan.platform.fulfillment.web;

import java.security.Principal;
import java.util.Locale;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.fulfillment.RatingDesk;
import org.mingyuan.platform.identity.Callers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a case's rating (shown on the case page) — the enterprise's rating, the department's answer and
 * appeal, the supervisor's decision — each going back to the case with a notice or the reason it was refused; the
 * follow-ups reviewers and supervisors watch (差评回访), and the supervisors' appeal queue.
 */
@Controller
class RatingPages {

    private final RatingDesk desk;
    private final Callers callers;
    private final MessageSource messages;

    RatingPages(RatingDesk desk, Callers callers, MessageSource messages) {
        this.desk = desk;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/ratings/follow-ups")
    String followUps(Principal principal, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        model.addAttribute("ratings", desk.followUps(callers.of(principal), overdue));
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", desk.today());
        return "ratings/follow-ups";
    }

    @GetMapping("/ratings/appeals")
    String appeals(Principal principal, Model model) {
        model.addAttribute("ratings", desk.appeals(callers.of(principal)));
        return "ratings/appeals";
    }

    @PostMapping("/cases/{id}/rating")
    String rate(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String comment,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, "rating.notice.rated", locale, redirect, () -> {
            Integer value;
            try {
                value = Integer.valueOf(level.strip());
            } catch (NumberFormatException notANumber) {
                value = null;
            }
            desk.rate(callers.of(principal), id, value, comment);
        });
    }

    @PostMapping("/cases/{id}/rating/follow-up")
    String answer(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String answer,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id, "rating.notice.answered", locale, redirect, () -> desk.answer(callers.of(principal), id, answer));
    }

    @PostMapping("/cases/{id}/rating/appeal")
    String appeal(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id, "rating.notice.appealed", locale, redirect, () -> desk.appeal(callers.of(principal), id, reason));
    }

    @PostMapping("/cases/{id}/rating/appeal/decision")
    String decide(
            Principal principal,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                id,
                "rating.notice.decided",
                locale,
                redirect,
                () -> desk.decide(callers.of(principal), id, outcome, note));
    }

    private String act(long id, String notice, Locale locale, RedirectAttributes redirect, Runnable action) {
        return PageActions.run("/cases/" + id, notice, locale, redirect, messages, action);
    }
}
