package org.mingyuan.platform.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.MingyuanProperties;
import org.mingyuan.platform.identity.AccountEvents.AccountLocked;
import org.mingyuan.platform.identity.AccountEvents.LoginFailed;
import org.mingyuan.platform.identity.AccountEvents.LoginSucceeded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after too many in a row (等保 2.0: by default 5
 * failures lock it for 15 minutes); a successful login clears the count.
 */
@Component
class LoginThrottle {

    private final Accounts accounts;
    private final MingyuanProperties.Login limits;
    private final ApplicationEventPublisher events;

    LoginThrottle(Accounts accounts, MingyuanProperties properties, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.limits = properties.login();
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = String.valueOf(failure.getAuthentication().getName());
        String reason = failure.getException().getClass().getSimpleName();
        events.publishEvent(new LoginFailed(username, remoteAddress(failure.getAuthentication()), reason));
        if (failure instanceof AuthenticationFailureBadCredentialsEvent
                && accounts.countFailure(username) >= limits.maxFailures()) {
            Instant until = Instant.now().plus(Duration.ofMinutes(limits.lockMinutes()));
            accounts.lock(username, until);
            events.publishEvent(new AccountLocked(username, until));
        }
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent success) {
        accounts.clearFailures(success.getAuthentication().getName());
    }

    @EventListener
    @Transactional
    void on(InteractiveAuthenticationSuccessEvent success) {
        Authentication authentication = success.getAuthentication();
        events.publishEvent(new LoginSucceeded(authentication.getName(), remoteAddress(authentication)));
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
