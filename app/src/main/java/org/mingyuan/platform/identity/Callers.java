package org.mingyuan.platform.identity;

import java.security.Principal;
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
