package org.mingyuan.platform.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.internal.ApiTokens;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own API tokens: the list, issuing one (its secret is shown on the answer page
 * only, never again) and revoking one. Pages are reached by a password login, which may issue tokens.
 */
@Controller
class MyTokensPage {

    private final ApiTokens tokens;
    private final MessageSource messages;

    MyTokensPage(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/my/tokens")
    String list(Authentication caller, Model model) {
        return listPage(caller, TokenForm.blank(), model);
    }

    @PostMapping("/my/tokens")
    String issue(
            Authentication caller,
            @ModelAttribute TokenForm form,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        try {
            int days = form.dayCount()
                    .orElseThrow(() -> new InvalidRequest("days", "token.days", 1, ApiTokens.MAX_DAYS, form.days()));
            model.addAttribute("issued", tokens.issue(caller, form.name(), days));
            response.setHeader("Cache-Control", "no-store");
            return "tokens/issued";
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
            return listPage(caller, form, model);
        }
    }

    @PostMapping("/my/tokens/{id}/revoke")
    String revoke(Authentication caller, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(caller, id);
        redirect.addFlashAttribute("notice", "tokens.notice.revoked");
        return "redirect:/my/tokens";
    }

    private String listPage(Authentication caller, TokenForm form, Model model) {
        model.addAttribute("tokens", tokens.of(caller.getName()));
        model.addAttribute("form", form);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "tokens/list";
    }
}
