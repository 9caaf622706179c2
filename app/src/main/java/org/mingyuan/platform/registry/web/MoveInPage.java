package org.mingyuan.platform.registry.web;

import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ParkMoveIns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Move-in requests on a page: an operator asks for a firm by credit code; the firm's account or a
 * policy officer confirms or declines each pending request.
 */
@Controller
class MoveInPage {

    private final ParkMoveIns moveIns;
    private final Callers callers;
    private final MessageSource messages;

    MoveInPage(ParkMoveIns moveIns, Callers callers, MessageSource messages) {
        this.moveIns = moveIns;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/move-ins")
    String list(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("requests", moveIns.list(caller));
        model.addAttribute("mayAsk", caller.has(Role.PARK_OPERATOR) && caller.parkId() != null);
        model.addAttribute("official", caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER));
        model.addAttribute("ownEnterprise", caller.has(Role.ENTERPRISE) && caller.enterpriseId() != null);
        return "parks/move-ins";
    }

    @PostMapping("/move-ins")
    String ask(
            Principal principal,
            @RequestParam(required = false) @Nullable String creditCode,
            Locale locale,
            RedirectAttributes redirect) {
        return act(
                () -> moveIns.request(callers.of(principal), creditCode),
                "moveIn.notice.asked",
                locale,
                redirect,
                creditCode);
    }

    @PostMapping("/move-ins/{id}/confirm")
    String confirm(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(
                () -> moveIns.decide(callers.of(principal), id, true),
                "moveIn.notice.confirmed",
                locale,
                redirect,
                null);
    }

    @PostMapping("/move-ins/{id}/decline")
    String decline(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(
                () -> moveIns.decide(callers.of(principal), id, false),
                "moveIn.notice.declined",
                locale,
                redirect,
                null);
    }

    private String act(
            Runnable action, String notice, Locale locale, RedirectAttributes redirect, @Nullable String typed) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequest refused) {
            redirect.addFlashAttribute(
                    "refusal",
                    refused.problems().stream()
                            .map(p -> messages.getMessage(p.code(), p.args().toArray(), p.code(), locale))
                            .toList());
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/move-ins";
    }
}
