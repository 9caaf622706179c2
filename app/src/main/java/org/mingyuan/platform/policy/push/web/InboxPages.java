package org.mingyuan.platform.policy.push.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.push.EnterpriseInboxes;
import org.mingyuan.platform.policy.push.NotificationSettingDraft;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseQuery;
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
 * The enterprise's inbox page (收件箱): unread count, its messages with what a near miss still lacks, marking a message
 * read, and the e-mail setting; and the small unread badge the enterprise's page and the workbench load.
 */
@Controller
class InboxPages {

    private static final int PAGE_SIZE = 50;

    private final EnterpriseInboxes inboxes;
    private final EnterpriseRegistry registry;
    private final Callers callers;
    private final MessageSource messages;

    InboxPages(EnterpriseInboxes inboxes, EnterpriseRegistry registry, Callers callers, MessageSource messages) {
        this.inboxes = inboxes;
        this.registry = registry;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/enterprises/{creditCode}/inbox")
    String inbox(
            Principal principal,
            @PathVariable String creditCode,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Caller caller = callers.of(principal);
        return page(caller, creditCode, Math.max(0, Math.min(page, 100_000)), null, model);
    }

    @PostMapping("/enterprises/{creditCode}/inbox/{id}/read")
    String markRead(Principal principal, @PathVariable String creditCode, @PathVariable long id) {
        Caller caller = callers.of(principal);
        inboxes.markRead(caller, creditCode, id);
        return "redirect:/enterprises/"
                + registry.find(caller, creditCode).creditCode().value() + "/inbox#message-" + id;
    }

    @PostMapping("/enterprises/{creditCode}/notification-settings")
    String changeSetting(
            Principal principal,
            @PathVariable String creditCode,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(defaultValue = "false") boolean emailEnabled,
            @RequestParam(defaultValue = "false") boolean emailNearMisses,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        var draft = new NotificationSettingDraft(email, emailEnabled, emailNearMisses);
        try {
            inboxes.changeSetting(caller, creditCode, draft);
        } catch (InvalidRequest invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FieldErrors.of(invalid.problems(), messages, locale));
            return page(caller, creditCode, 0, draft, model);
        }
        redirect.addFlashAttribute("notice", "push.settings.saved");
        return "redirect:/enterprises/"
                + registry.find(caller, creditCode).creditCode().value() + "/inbox#notification-settings";
    }

    @GetMapping("/my/inbox")
    String mine(Principal principal) {
        return "redirect:" + own(callers.of(principal)) + "/inbox";
    }

    @GetMapping("/enterprises/{creditCode}/inbox/badge")
    String badge(Principal principal, @PathVariable String creditCode, Model model) {
        Caller caller = callers.of(principal);
        Enterprise enterprise = registry.find(caller, creditCode);
        String code = enterprise.creditCode().value();
        model.addAttribute("code", code);
        model.addAttribute("unread", inboxes.unread(caller, code));
        return "inbox/badge :: badge";
    }

    @GetMapping("/my/inbox/badge")
    String myBadge(Principal principal, Model model) {
        Caller caller = callers.of(principal);
        if (!caller.has(Role.ENTERPRISE) || caller.enterpriseId() == null) {
            return "inbox/badge :: none";
        }
        String path = own(caller);
        return badge(principal, path.substring(path.lastIndexOf('/') + 1), model);
    }

    private String page(
            Caller caller, String creditCode, int page, @Nullable NotificationSettingDraft typed, Model model) {
        Enterprise enterprise = registry.find(caller, creditCode);
        var inbox = inboxes.inbox(caller, enterprise.creditCode().value(), page, PAGE_SIZE);
        model.addAttribute("e", enterprise);
        model.addAttribute("inbox", inbox);
        model.addAttribute("owner", EnterpriseInboxes.owns(caller, enterprise));
        model.addAttribute("mayChangeSetting", EnterpriseInboxes.mayChangeSetting(caller, enterprise));
        model.addAttribute(
                "form",
                typed != null
                        ? typed
                        : new NotificationSettingDraft(
                                inbox.setting().email(),
                                inbox.setting().emailEnabled(),
                                inbox.setting().emailNearMisses()));
        model.addAttribute("hasNext", (long) (page + 1) * PAGE_SIZE < inbox.total());
        return "inbox/inbox";
    }

    /** The path of the caller's own enterprise; not found for a caller who acts for none. */
    private String own(Caller caller) {
        if (!caller.has(Role.ENTERPRISE) || caller.enterpriseId() == null) {
            throw new NotFound("enterprise", caller.username());
        }
        EnterpriseQuery query = new EnterpriseQuery(null, null, null, null, null, caller.enterpriseId(), 0, 1);
        Enterprise enterprise = registry.search(caller, query).items().stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("enterprise", caller.enterpriseId()));
        return "/enterprises/" + enterprise.creditCode().value();
    }
}
