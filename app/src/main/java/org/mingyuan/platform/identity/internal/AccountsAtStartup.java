package org.mingyuan.platform.identity.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.MingyuanProperties;
import org.mingyuan.platform.identity.AccountEvents.AdministratorPasswordSet;
import org.mingyuan.platform.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure the right accounts exist before the platform serves: the demo accounts in demo
 * mode; outside it, no enabled demo account and an administrator whose password was given at the
 * first start ({@code MINGYUAN_ADMIN_PASSWORD}, or typed at the console). It runs once every bean
 * exists, so the audit module's listeners are registered and record the administrator's creation,
 * and before the web server starts serving.
 */
@Component
class AccountsAtStartup implements SmartInitializingSingleton {

    static final String ADMINISTRATOR = "admin";
    private static final Logger log = LoggerFactory.getLogger(AccountsAtStartup.class);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final DemoMode demo;
    private final MingyuanProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AccountsAtStartup(
            Accounts accounts,
            PasswordEncoder passwords,
            DemoMode demo,
            MingyuanProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.demo = demo;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (demo.enabled()) {
                createDemoAccounts();
            } else {
                disableDemoAccounts();
                ensureAdministrator();
            }
        });
    }

    private void createDemoAccounts() {
        for (var account : DemoAccounts.ALL) {
            if (accounts.byUsername(account.username()).isEmpty()) {
                accounts.create(
                        account.username(),
                        account.displayName(),
                        passwords.encode(DemoAccounts.PASSWORD),
                        true,
                        Set.of(account.role()));
            }
        }
    }

    private void disableDemoAccounts() {
        int disabled = accounts.disableDemoAccounts();
        if (disabled > 0) {
            log.warn("Not in demo mode: disabled {} demo accounts with the known password.", disabled);
        }
    }

    private void ensureAdministrator() {
        if (accounts.anyEnabledWith(Role.ADMIN)) {
            return;
        }
        String password = administratorPassword();
        List<FieldProblem> problems = PasswordPolicy.check("MINGYUAN_ADMIN_PASSWORD", ADMINISTRATOR, password);
        if (!problems.isEmpty()) {
            throw new AdministratorPasswordMissing(
                    "MINGYUAN_ADMIN_PASSWORD does not meet the password policy: at least 8 characters from three"
                            + " of upper case, lower case, digits and symbols, and not a default such as 'demo'.",
                    new InvalidRequest(problems));
        }
        accounts.byUsername(ADMINISTRATOR).ifPresent(old -> accounts.setEnabled(old.id(), false));
        String username = accounts.byUsername(ADMINISTRATOR).isPresent() ? "administrator" : ADMINISTRATOR;
        accounts.create(username, "系统管理员", passwords.encode(password), false, Set.of(Role.ADMIN));
        events.publishEvent(new AdministratorPasswordSet(username));
        log.info("Created the administrator account '{}'.", username);
    }

    private String administratorPassword() {
        @Nullable String configured = properties.adminPassword();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        @Nullable Console console = System.console();
        if (console == null) {
            throw new AdministratorPasswordMissing(
                    "No administrator exists and no password was given. Set MINGYUAN_ADMIN_PASSWORD for the first"
                            + " start, or start it from a terminal to type one, or use MINGYUAN_DEMO=true for a demo.",
                    null);
        }
        char[] first = console.readPassword("Password for the new administrator '%s': ", ADMINISTRATOR);
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new AdministratorPasswordMissing("The two passwords typed differ; nothing was created.", null);
        }
        return new String(first);
    }
}
