package org.mingyuan.platform.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.AccountEvents.AccountCreated;
import org.mingyuan.platform.identity.AccountEvents.AccountDisabled;
import org.mingyuan.platform.identity.AccountEvents.AccountEnabled;
import org.mingyuan.platform.identity.AccountEvents.AccountRolesChanged;
import org.mingyuan.platform.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes their roles and state, checking every rule and publishing what changed. */
@Service
public class AccountDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,59}");

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    AccountDirectory(Accounts accounts, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
    }

    /** A new account to create; {@code password} is checked against the {@link PasswordPolicy}. */
    public record NewAccount(String username, String displayName, String password, Set<Role> roles) {}

    /** Creates an account on behalf of {@code actor}; refuses it whole when anything is wrong. */
    @Transactional
    public Account create(String actor, NewAccount request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(request.username()).matches()) {
            problems.add(new FieldProblem("username", "account.usernameFormat", List.of(request.username())));
        } else if (accounts.byUsername(request.username()).isPresent()) {
            problems.add(new FieldProblem("username", "account.usernameTaken", List.of(request.username())));
        }
        if (request.displayName().isBlank() || request.displayName().length() > 120) {
            problems.add(new FieldProblem("displayName", "account.displayName", List.of(120)));
        }
        PlainText.problem("displayName", request.displayName(), Lines.ONE).ifPresent(problems::add);
        if (request.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "account.rolesEmpty", List.of()));
        }
        problems.addAll(PasswordPolicy.check("password", request.username(), request.password()));
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        accounts.create(
                request.username(),
                request.displayName().strip(),
                passwords.encode(request.password()),
                false,
                request.roles());
        events.publishEvent(new AccountCreated(actor, request.username(), Set.copyOf(request.roles())));
        return existing(request.username());
    }

    /** Replaces the roles of {@code username} on behalf of {@code actor}. */
    @Transactional
    public Account changeRoles(String actor, String username, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new InvalidRequest("roles", "account.rolesEmpty");
        }
        Account account = existing(username);
        if (account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdministrator(username);
        }
        accounts.replaceRoles(account.id(), roles);
        events.publishEvent(new AccountRolesChanged(actor, username, Set.copyOf(roles)));
        return existing(username);
    }

    /** Disables {@code username} on behalf of {@code actor}; the last administrator cannot be disabled. */
    @Transactional
    public Account disable(String actor, String username) {
        Account account = existing(username);
        if (account.roles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(username);
        }
        accounts.setEnabled(account.id(), false);
        events.publishEvent(new AccountDisabled(actor, username));
        return existing(username);
    }

    /** Enables {@code username} again on behalf of {@code actor}. */
    @Transactional
    public Account enable(String actor, String username) {
        Account account = existing(username);
        accounts.setEnabled(account.id(), true);
        events.publishEvent(new AccountEnabled(actor, username));
        return existing(username);
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.all();
    }

    /** The account named {@code username}; {@link NotFound} when there is none. */
    @Transactional(readOnly = true)
    public Account named(String username) {
        return existing(username);
    }

    private void requireAnotherAdministrator(String username) {
        boolean another = accounts.all().stream()
                .anyMatch(a -> a.enabled()
                        && !a.username().equals(username)
                        && a.roles().contains(Role.ADMIN));
        if (!another) {
            throw new InvalidRequest("roles", "account.lastAdministrator", username);
        }
    }

    private Account existing(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new NotFound("account", username));
    }
}
