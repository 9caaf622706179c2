package org.mingyuan.platform.identity.web;

import org.mingyuan.platform.identity.internal.AccountDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of accounts, for administrators. */
@Controller
class AccountsPage {

    private final AccountDirectory directory;

    AccountsPage(AccountDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        model.addAttribute("accounts", directory.all());
        return "accounts/list";
    }
}
