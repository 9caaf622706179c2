package org.mingyuan.platform.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.identity.internal.Account;
import org.mingyuan.platform.identity.internal.AccountDirectory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of accounts and the new-account form, for administrators. A refused form comes back with
 * what was typed, except the password, and the reason under each field.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountsPage {

    private final AccountDirectory directory;
    private final MessageSource messages;

    AccountsPage(AccountDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/accounts")
    String list(Model model) {
        model.addAttribute("accounts", directory.all());
        return "accounts/list";
    }

    @GetMapping("/accounts/new")
    String form(Model model) {
        return formPage(AccountForm.blank(), model);
    }

    @PostMapping("/accounts")
    String create(
            Principal actor,
            @ModelAttribute AccountForm form,
            Locale locale,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            Account created = directory.create(actor.getName(), form.account());
            redirect.addFlashAttribute("notice", "account.notice.created");
            return "redirect:/accounts/" + created.username();
        } catch (InvalidRequest refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
            return formPage(form.withoutPassword(), model);
        }
    }

    private static String formPage(AccountForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        return "accounts/new";
    }
}
