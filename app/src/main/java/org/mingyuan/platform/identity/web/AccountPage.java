package org.mingyuan.platform.identity.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.AccountDepartments;
import org.mingyuan.platform.identity.DepartmentDirectory;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.identity.internal.Account;
import org.mingyuan.platform.identity.internal.AccountDirectory;
import org.mingyuan.platform.identity.internal.ApiTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account's page for administrators: its roles and departments (changeable), whether it is enabled
 * (with the button to change that), what it is linked to and its API tokens. Every change redirects back here
 * with a notice, or with the reason it was refused.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountPage {

    private final AccountDirectory directory;
    private final AccountDepartments departments;
    private final ObjectProvider<DepartmentDirectory> knownDepartments;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AccountPage(
            AccountDirectory directory,
            AccountDepartments departments,
            ObjectProvider<DepartmentDirectory> knownDepartments,
            ApiTokens tokens,
            MessageSource messages) {
        this.directory = directory;
        this.departments = departments;
        this.knownDepartments = knownDepartments;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/accounts/{username}")
    String show(@PathVariable String username, Model model) {
        Account account = directory.named(username);
        Set<String> offered = new TreeSet<>(account.departments());
        knownDepartments.orderedStream().forEach(known -> offered.addAll(known.departments()));
        model.addAttribute("account", account);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("departments", offered);
        model.addAttribute("tokens", tokens.of(username));
        return "accounts/detail";
    }

    @PostMapping("/accounts/{username}/roles")
    String changeRoles(
            Principal actor,
            @PathVariable String username,
            @RequestParam(required = false) @Nullable Set<Role> roles,
            Locale locale,
            RedirectAttributes redirect) {
        return change(
                () -> directory.changeRoles(actor.getName(), username, roles == null ? Set.of() : roles),
                username,
                "account.notice.rolesChanged",
                locale,
                redirect);
    }

    @PostMapping("/accounts/{username}/departments")
    String changeDepartments(
            Principal actor,
            @PathVariable String username,
            @RequestParam(required = false) @Nullable List<String> departments,
            @RequestParam(required = false) @Nullable String otherDepartment,
            Locale locale,
            RedirectAttributes redirect) {
        List<String> chosen = new ArrayList<>(departments == null ? List.of() : departments);
        if (otherDepartment != null) {
            chosen.add(otherDepartment);
        }
        return change(
                () -> this.departments.replace(actor.getName(), username, chosen),
                username,
                "account.notice.departmentsChanged",
                locale,
                redirect);
    }

    @PostMapping("/accounts/{username}/disable")
    String disable(Principal actor, @PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return change(
                () -> directory.disable(actor.getName(), username),
                username,
                "account.notice.disabled",
                locale,
                redirect);
    }

    @PostMapping("/accounts/{username}/enable")
    String enable(Principal actor, @PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return change(
                () -> directory.enable(actor.getName(), username),
                username,
                "account.notice.enabled",
                locale,
                redirect);
    }

    /** Runs {@code change} and goes back to the account's page with {@code notice}, or with why it was refused. */
    private String change(Runnable change, String username, String notice, Locale locale, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidRequest refused) {
            redirect.addFlashAttribute("errors", FieldErrors.of(refused.problems(), messages, locale));
        }
        return "redirect:/accounts/" + username;
    }
}
