package org.mingyuan.platform.identity.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A bearer token presented in {@code Authorization: Bearer ...}, before and after it is checked. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

    private final String token;
    private final @Nullable UserDetails user;

    private BearerTokenAuthentication(String token, @Nullable UserDetails user, List<GrantedAuthority> authorities) {
        super(authorities);
        this.token = token;
        this.user = user;
        setAuthenticated(user != null);
    }

    /** A token as presented, not yet checked. */
    static BearerTokenAuthentication unchecked(String token) {
        return new BearerTokenAuthentication(token, null, List.of());
    }

    @Override
    public Object getCredentials() {
        return user == null ? token : "";
    }

    @Override
    public Object getPrincipal() {
        return user == null ? "bearer-token" : user;
    }

    @Override
    public String getName() {
        return user == null ? "bearer-token" : user.getUsername();
    }

    /** Checks presented tokens against the stored ones; a locked or disabled account's tokens do not work. */
    static final class Provider implements AuthenticationProvider {

        private final ApiTokens tokens;

        Provider(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String token = ((BearerTokenAuthentication) authentication).token;
            Account account = tokens.resolve(token)
                    .orElseThrow(() -> new BadCredentialsException("unknown, revoked or expired token"));
            UserDetails user = AccountDetailsService.toUserDetails(account);
            new AccountStatusUserDetailsChecker().check(user);
            return new BearerTokenAuthentication("", user, List.copyOf(user.getAuthorities()));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerTokenAuthentication.class.isAssignableFrom(authentication);
        }
    }
}
