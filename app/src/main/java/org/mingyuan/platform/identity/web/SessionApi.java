package org.mingyuan.platform.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.mingyuan.platform.identity.internal.ApiTokens;
import org.mingyuan.platform.identity.internal.ApiTokens.IssuedToken;
import org.mingyuan.platform.identity.internal.ApiTokens.TokenView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What the caller is, and bearer tokens for the caller's own scripts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "当前用户与访问令牌 Current user and API tokens")
class SessionApi {

    private final ApiTokens tokens;

    SessionApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record Me(String username, List<String> roles) {}

    record TokenRequest(@NotNull String name, @NotNull Integer days) {}

    @GetMapping("/me")
    @Operation(summary = "The authenticated caller and its roles")
    Me me(Authentication caller) {
        return new Me(
                caller.getName(),
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(a -> a.replaceFirst("^ROLE_", ""))
                        .sorted()
                        .toList());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Issue a bearer token to the caller; the token is shown only in this answer",
            description = "Needs a password (HTTP Basic or session) login: a bearer token cannot issue tokens.")
    IssuedToken issue(Authentication caller, @Valid @RequestBody TokenRequest request) {
        return tokens.issue(caller, request.name(), request.days());
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's own tokens, newest first; never their secrets")
    List<TokenView> list(Authentication caller) {
        return tokens.of(caller.getName());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens (an administrator may revoke anyone's)")
    void revoke(Authentication caller, @PathVariable long id) {
        tokens.revoke(caller, id);
    }
}
