package org.mingyuan.platform.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.catalina.Globals;
import org.apache.tomcat.util.http.Parameters.FailReason;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's form larger than the server reads ({@code server.tomcat.max-http-form-post-size}, 2 MB by default) is
 * answered 413 on the error page, which says so; without this the unread form would reach security with no CSRF token
 * and be answered "not allowed". Nothing of it is read further or written. API bodies have their own limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class OversizedForms extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getParameterNames();
        if (request.getAttribute(Globals.PARAMETER_PARSE_FAILED_REASON_ATTR) == FailReason.POST_TOO_LARGE) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
