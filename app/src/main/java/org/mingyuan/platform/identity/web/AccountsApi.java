package org.mingyuan.platform.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.mingyuan.platform.identity.AccountDepartments;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.identity.internal.Account;
import org.mingyuan.platform.identity.internal.AccountDirectory;
import org.mingyuan.platform.identity.internal.AccountDirectory.NewAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for administrators: list, create, change roles and departments, disable and enable. */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Accounts", description = "账号管理 Account administration (ADMIN)")
class AccountsApi {

    private final AccountDirectory directory;
    private final AccountDepartments departments;

    AccountsApi(AccountDirectory directory, AccountDepartments departments) {
        this.directory = directory;
        this.departments = departments;
    }

    /** An account as the API shows it; never its password hash. */
    record AccountView(
            String username,
            String displayName,
            boolean enabled,
            boolean demo,
            Set<Role> roles,
            Set<String> departments) {
        static AccountView of(Account account) {
            return new AccountView(
                    account.username(),
                    account.displayName(),
                    account.enabled(),
                    account.demo(),
                    account.roles(),
                    account.departments());
        }
    }

    record CreateAccount(
            @NotNull String username,
            @NotNull String displayName,
            @NotNull String password,
            @NotEmpty Set<Role> roles) {}

    record ChangeRoles(@NotEmpty Set<Role> roles) {}

    /** The departments an account belongs to, named as policies name their issuing department; may be empty. */
    record ChangeDepartments(@NotNull List<String> departments) {}

    @GetMapping
    @Operation(summary = "List accounts")
    List<AccountView> list() {
        return directory.all().stream().map(AccountView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account")
    AccountView create(Principal actor, @Valid @RequestBody CreateAccount request) {
        var created = directory.create(
                actor.getName(),
                new NewAccount(request.username(), request.displayName(), request.password(), request.roles()));
        return AccountView.of(created);
    }

    @PutMapping("/{username}/roles")
    @Operation(summary = "Replace an account's roles")
    AccountView changeRoles(Principal actor, @PathVariable String username, @Valid @RequestBody ChangeRoles request) {
        return AccountView.of(directory.changeRoles(actor.getName(), username, request.roles()));
    }

    @PutMapping("/{username}/departments")
    @Operation(summary = "Replace the departments an account belongs to (reviewers and finance act for them)")
    AccountView changeDepartments(
            Principal actor, @PathVariable String username, @Valid @RequestBody ChangeDepartments request) {
        departments.replace(actor.getName(), username, request.departments());
        return AccountView.of(directory.named(username));
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable an account")
    AccountView disable(Principal actor, @PathVariable String username) {
        return AccountView.of(directory.disable(actor.getName(), username));
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Enable a disabled account again")
    AccountView enable(Principal actor, @PathVariable String username) {
        return AccountView.of(directory.enable(actor.getName(), username));
    }
}
