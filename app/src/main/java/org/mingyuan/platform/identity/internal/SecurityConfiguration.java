package org.mingyuan.platform.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may call what: the API authenticates every call with HTTP Basic or a bearer token and keeps
 * no session; pages use the login form, sessions and CSRF tokens. Roles are checked per endpoint
 * with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Paths anyone may open: public pages, assets, health, API documentation and the ledger. */
    private static final String[] PUBLIC_PATHS = {
        "/",
        "/login",
        "/parks",
        "/parks/**",
        "/calculator",
        "/error",
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/favicon.ico",
        "/actuator/health",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/api-docs.html",
        "/swagger-ui/**",
        "/ledger",
        "/ledger/**",
        "/policies",
        "/policies/**",
        "/clauses/*/guide",
        "/calendar",
        "/notices",
        "/notices/*/objections",
        "/witness/**",
        "/scenarios",
        "/scenarios/*"
    };

    /**
     * Pages under public prefixes that need a signed-in caller: the list of an enterprise's ledger receipts, a park's
     * space management. A single receipt's download ({@code /ledger/receipts/{index}}) is open: the receipt desk gives
     * anyone the receipts of public entries (a policy's publication) and sends anyone else to sign in.
     */
    private static final String[] SIGNED_IN_PATHS = {"/ledger/receipts", "/parks/*/space", "/parks/*/space/**"};

    /**
     * API paths anyone may call: the ledger's entries and proofs, which are public by design, a single receipt (the
     * receipt desk decides: a public entry's for anyone, any other only for those entitled, 401 without an account),
     * the kinds of fact clauses read (no enterprise's data; adding one still needs an administrator), the policy
     * calculator, and lodging an objection to an award on public notice (公示), which anyone may.
     */
    private static final String[] PUBLIC_API_PATHS = {
        "/api/v1/ledger/entries/**",
        "/api/v1/ledger/receipts/*",
        "/api/v1/ledger/consistency",
        "/api/v1/fact-kinds",
        "/api/v1/calculator",
        "/api/v1/calculator/facts",
        "/api/v1/notices/*/objections"
    };

    /**
     * API paths anyone may read (GET only): published policies and their clauses, the working-day calendar, the public
     * notice of awards, the scenario board (published scenarios, their milestones and sandbox monitoring).
     */
    private static final String[] PUBLIC_READ_API_PATHS = {
        "/api/v1/policies",
        "/api/v1/policies/*",
        "/api/v1/policies/*/clauses/*",
        "/api/v1/calendar/*",
        "/api/v1/notices",
        "/api/v1/scenarios",
        "/api/v1/scenarios/*",
        "/api/v1/scenarios/*/milestones",
        "/api/v1/scenarios/*/reports"
    };

    /** Machine-to-machine endpoints without a session, exempt from CSRF (C2SP tlog-witness). */
    private static final String[] CSRF_EXEMPT_PATHS = {"/witness/add-checkpoint"};

    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var encoders = Map.<String, PasswordEncoder>of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountDetailsService accounts,
            PasswordEncoder passwords,
            ApiTokens tokens,
            AuthenticationEventPublisher events) {
        var byPassword = new DaoAuthenticationProvider(accounts);
        byPassword.setPasswordEncoder(passwords);
        // The password is checked before the lock: a wrong password on a locked or disabled account
        // answers, and costs, exactly what it does for an unknown name, so names cannot be enumerated.
        byPassword.setPreAuthenticationChecks(user -> {});
        byPassword.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        var manager = new ProviderManager(byPassword, new BearerTokenAuthentication.Provider(tokens));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    ProblemResponses problemResponses(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
        return new ProblemResponses(json, messages, locales);
    }

    @Bean
    RequestRejectedHandler rejectedRequests(ProblemResponses problems) {
        return problems::rejected;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, ProblemResponses problems)
            throws Exception {
        var bearer = new AuthenticationFilter(authentication, new BearerTokenConverter());
        bearer.setSuccessHandler((request, response, auth) -> {});
        bearer.setFailureHandler(problems::commence);
        return http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API_PATHS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READ_API_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication) throws Exception {
        return http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests.requestMatchers(SIGNED_IN_PATHS)
                        .authenticated()
                        .requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(CSRF_EXEMPT_PATHS))
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(new LoginFailurePage())
                        .defaultSuccessUrl("/workbench", false))
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")))
                .build();
    }
}
