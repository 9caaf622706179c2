package org.mingyuan.platform.fulfillment.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.PageActions;
import org.mingyuan.platform.fulfillment.Grant;
import org.mingyuan.platform.fulfillment.GrantDesk;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of awards granted without application (免申即享): the enterprise's grants, which it confirms or declines,
 * and the department's console — per clause the grants in each state, the budget bar, the expiry warnings — where a
 * reviewer confirms the grants of a clause, chosen one by one or all at once.
 */
@Controller
class GrantPages {

    private final GrantDesk desk;
    private final Callers callers;
    private final MessageSource messages;

    GrantPages(GrantDesk desk, Callers callers, MessageSource messages) {
        this.desk = desk;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/grants")
    String mine(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("grants", desk.list(caller, null, null, 0, GrantDesk.MAX_PAGE));
        model.addAttribute("owner", caller.has(Role.ENTERPRISE));
        model.addAttribute("today", RegistryTime.today());
        return "grants/mine";
    }

    @PostMapping("/grants/{id}/confirm")
    String confirm(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(
                "/grants", "grant.notice.confirmed", locale, redirect, () -> desk.confirm(callers.of(principal), id));
    }

    @PostMapping("/grants/{id}/decline")
    String decline(Principal principal, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act("/grants", "grant.notice.declined", locale, redirect, () -> desk.decline(callers.of(principal), id));
    }

    @GetMapping("/grants/desk")
    String console(Principal principal, @RequestParam(required = false) @Nullable String clause, Model model) {
        Caller caller = callers.of(principal);
        model.addAttribute("clauses", desk.console(caller));
        model.addAttribute("clause", clause);
        model.addAttribute("awaiting", clause == null || clause.isBlank() ? List.of() : desk.awaiting(caller, clause));
        return "grants/desk";
    }

    @PostMapping("/grants/desk/confirm")
    String confirmAll(
            Principal principal,
            @RequestParam String clause,
            @RequestParam(required = false) @Nullable List<Long> ids,
            @RequestParam(defaultValue = "false") boolean all,
            Locale locale,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        String back = UriComponentsBuilder.fromPath("/grants/desk")
                .queryParam("clause", clause)
                .encode()
                .toUriString();
        return act(
                back,
                "grant.notice.bulkConfirmed",
                locale,
                redirect,
                () -> desk.confirmAll(
                        caller,
                        all
                                ? desk.awaiting(caller, clause).stream()
                                        .map(Grant::id)
                                        .toList()
                                : ids));
    }

    private String act(String path, String notice, Locale locale, RedirectAttributes redirect, Runnable action) {
        return PageActions.run(path, notice, locale, redirect, messages, action);
    }
}
