package org.mingyuan.platform.identity;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Events the identity module publishes about accounts and logins; past tense, owned here. */
public final class AccountEvents {

    private AccountEvents() {}

    /** An account was created by {@code actor}. */
    public record AccountCreated(String actor, String username, Set<Role> roles) {}

    /** An account's roles were replaced by {@code actor}. */
    public record AccountRolesChanged(String actor, String username, Set<Role> roles) {}

    /** An account was tied by {@code actor} to what it acts for, described in {@code scope}. */
    public record AccountScopeChanged(String actor, String username, String scope) {}

    /** An account was disabled by {@code actor}. */
    public record AccountDisabled(String actor, String username) {}

    /** A disabled account was enabled again by {@code actor}. */
    public record AccountEnabled(String actor, String username) {}

    /** The first administrator's password was set at start-up. */
    public record AdministratorPasswordSet(String username) {}

    /** An API token was issued to {@code username}; the token itself is never in the event. */
    public record ApiTokenIssued(String username, String tokenName, Instant expiresAt) {}

    /** {@code actor} revoked the API token {@code tokenName} of {@code username}. */
    public record ApiTokenRevoked(String actor, String username, String tokenName) {}

    /** Someone logged in through the login form. */
    public record LoginSucceeded(String username, @Nullable String remoteAddress) {}

    /** A login failed; {@code reason} says why (bad credentials, locked, disabled). */
    public record LoginFailed(String username, @Nullable String remoteAddress, String reason) {}

    /** Repeated failures locked an account until {@code until}. */
    public record AccountLocked(String username, Instant until) {}
}
