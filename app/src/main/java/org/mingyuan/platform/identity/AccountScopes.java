package org.mingyuan.platform.identity;

import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.AccountEvents.AccountScopeChanged;
import org.mingyuan.platform.identity.internal.Account;
import org.mingyuan.platform.identity.internal.Accounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ties accounts to what they act for: an enterprise account to its enterprise, a park operator's
 * account to its park. The registry calls this once it has checked that the enterprise or park exists.
 */
@Service
public class AccountScopes {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    AccountScopes(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    /** Lets {@code username}, an enterprise account, act for enterprise {@code enterpriseId}. */
    @Transactional
    public void actForEnterprise(String actor, String username, long enterpriseId) {
        Account account = withRole(username, Role.ENTERPRISE);
        accounts.setScope(account.id(), enterpriseId, account.parkId());
        events.publishEvent(new AccountScopeChanged(actor, username, "enterprise " + enterpriseId));
    }

    /** Lets {@code username}, a park operator's account, run park {@code parkId}. */
    @Transactional
    public void runPark(String actor, String username, long parkId) {
        Account account = withRole(username, Role.PARK_OPERATOR);
        accounts.setScope(account.id(), account.enterpriseId(), parkId);
        events.publishEvent(new AccountScopeChanged(actor, username, "park " + parkId));
    }

    private Account withRole(String username, Role role) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new NotFound("account", username));
        if (!account.roles().contains(role)) {
            throw new InvalidRequest("username", "account.lacksRole", username, role.name());
        }
        return account;
    }
}
