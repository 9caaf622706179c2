package org.mingyuan.platform.fulfillment.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.fulfillment.NoticeBook;
import org.mingyuan.platform.fulfillment.ObjectionOutcome;
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
 * The public notice page (公示), open to anyone: the awards on notice and lately ended, each with its approval's
 * receipt and a form to lodge an objection while it is listed; and the answer to an objection, from the case page.
 */
@Controller
class NoticePages {

    private final NoticeBook book;
    private final Callers callers;
    private final MessageSource messages;

    NoticePages(NoticeBook book, Callers callers, MessageSource messages) {
        this.book = book;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/notices")
    String list(
            @RequestParam(required = false) @Nullable Long policy,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        model.addAttribute("policy", policy);
        model.addAttribute("department", department);
        try {
            model.addAttribute("notices", book.list(policy, department, Math.max(0, page), 20));
        } catch (InvalidRequest refused) {
            model.addAttribute("searchErrors", FieldErrors.of(refused.problems(), messages, locale));
            model.addAttribute("notices", book.list(null, null, 0, 20));
        }
        return "notices/list";
    }

    @PostMapping("/notices/{caseId}/objections")
    String lodge(
            @PathVariable long caseId,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contact,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            book.lodge(caseId, text, name, contact);
            redirect.addFlashAttribute("notice", "notices.lodged");
        } catch (InvalidRequest | Conflict refused) {
            redirect.addFlashAttribute("objectionCase", caseId);
            redirect.addFlashAttribute("errors", errors(refused, locale));
        }
        return "redirect:/notices";
    }

    @PostMapping("/cases/{id}/objections/{objectionId}/answer")
    String answer(
            Principal principal,
            @PathVariable long id,
            @PathVariable long objectionId,
            @RequestParam(required = false) @Nullable ObjectionOutcome outcome,
            @RequestParam(defaultValue = "") String answer,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            book.answer(callers.of(principal), id, objectionId, outcome, answer);
            redirect.addFlashAttribute("notice", "notices.answered");
        } catch (InvalidRequest | Conflict refused) {
            redirect.addFlashAttribute("errors", errors(refused, locale));
        }
        return "redirect:/cases/" + id;
    }

    private Map<String, List<String>> errors(RuntimeException refused, Locale locale) {
        List<FieldProblem> problems;
        if (refused instanceof InvalidRequest invalid) {
            problems = invalid.problems();
        } else {
            Conflict conflict = (Conflict) refused;
            problems = List.of(new FieldProblem(conflict.field(), conflict.code(), conflict.args()));
        }
        return FieldErrors.of(problems, messages, locale);
    }
}
