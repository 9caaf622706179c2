package org.mingyuan.platform.identity;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.identity.internal.Accounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolves the authenticated principal of a request to a {@link Caller} with its account's scope. */
@Service
public class Callers {

    private final Accounts accounts;

    Callers(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The caller behind {@code principal}; refused when the account no longer exists or is disabled. */
    @Transactional(readOnly = true)
    public Caller of(Principal principal) {
        return byUsername(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("no enabled account " + principal.getName()));
    }

    /** The usernames of the enabled accounts holding {@code role}, sorted. */
    @Transactional(readOnly = true)
    public List<String> enabledWith(Role role) {
        return accounts.all().stream()
                .filter(account -> account.enabled() && account.roles().contains(role))
                .map(account -> account.username())
                .toList();
    }

    /** The enabled account {@code username} as a caller; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<Caller> byUsername(String username) {
        return accounts.byUsername(username)
                .filter(account -> account.enabled())
                .map(account -> new Caller(
                        account.username(),
                        account.roles(),
                        account.enterpriseId(),
                        account.parkId(),
                        account.departments()));
    }
}
