package org.mingyuan.platform.audit.internal;

import org.mingyuan.platform.identity.AccountEvents.AccountCreated;
import org.mingyuan.platform.identity.AccountEvents.AccountDisabled;
import org.mingyuan.platform.identity.AccountEvents.AccountEnabled;
import org.mingyuan.platform.identity.AccountEvents.AccountLocked;
import org.mingyuan.platform.identity.AccountEvents.AccountRolesChanged;
import org.mingyuan.platform.identity.AccountEvents.AccountScopeChanged;
import org.mingyuan.platform.identity.AccountEvents.AdministratorPasswordSet;
import org.mingyuan.platform.identity.AccountEvents.ApiTokenIssued;
import org.mingyuan.platform.identity.AccountEvents.ApiTokenRevoked;
import org.mingyuan.platform.identity.AccountEvents.LoginFailed;
import org.mingyuan.platform.identity.AccountEvents.LoginSucceeded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the identity module's events about logins and account changes to the audit trail. */
@Component
class AccountAuditing {

    private final AuditTrail trail;

    AccountAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(LoginSucceeded event) {
        trail.record(event.username(), AuditAction.LOGIN, null, "SUCCESS", null, event.remoteAddress());
    }

    @ApplicationModuleListener
    void on(LoginFailed event) {
        trail.record(event.username(), AuditAction.LOGIN, null, "FAILURE", event.reason(), event.remoteAddress());
    }

    @ApplicationModuleListener
    void on(AccountLocked event) {
        trail.record("system", AuditAction.ACCOUNT_LOCKED, event.username(), "SUCCESS", "until " + event.until(), null);
    }

    @ApplicationModuleListener
    void on(AccountCreated event) {
        trail.record(
                event.actor(),
                AuditAction.ACCOUNT_CREATED,
                event.username(),
                "SUCCESS",
                "roles " + event.roles(),
                null);
    }

    @ApplicationModuleListener
    void on(AccountRolesChanged event) {
        trail.record(
                event.actor(), AuditAction.ROLES_CHANGED, event.username(), "SUCCESS", "roles " + event.roles(), null);
    }

    @ApplicationModuleListener
    void on(AccountScopeChanged event) {
        trail.record(event.actor(), AuditAction.SCOPE_CHANGED, event.username(), "SUCCESS", event.scope(), null);
    }

    @ApplicationModuleListener
    void on(AccountDisabled event) {
        trail.record(event.actor(), AuditAction.ACCOUNT_DISABLED, event.username(), "SUCCESS", null, null);
    }

    @ApplicationModuleListener
    void on(AccountEnabled event) {
        trail.record(event.actor(), AuditAction.ACCOUNT_ENABLED, event.username(), "SUCCESS", null, null);
    }

    @ApplicationModuleListener
    void on(AdministratorPasswordSet event) {
        trail.record("system", AuditAction.ADMINISTRATOR_SET, event.username(), "SUCCESS", null, null);
    }

    @ApplicationModuleListener
    void on(ApiTokenIssued event) {
        trail.record(
                event.username(),
                AuditAction.TOKEN_ISSUED,
                event.tokenName(),
                "SUCCESS",
                "expires " + event.expiresAt(),
                null);
    }

    @ApplicationModuleListener
    void on(ApiTokenRevoked event) {
        trail.record(event.actor(), AuditAction.TOKEN_REVOKED, event.username(), "SUCCESS", event.tokenName(), null);
    }
}
