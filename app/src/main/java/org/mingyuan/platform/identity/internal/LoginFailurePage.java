package org.mingyuan.platform.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed form login back to the login page with the reason: wrong credentials, locked or disabled. */
final class LoginFailurePage implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = failure instanceof LockedException
                ? "locked"
                : failure instanceof DisabledException ? "disabled" : "credentials";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
