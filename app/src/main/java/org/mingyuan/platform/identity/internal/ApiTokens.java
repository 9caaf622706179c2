package org.mingyuan.platform.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.AccountEvents.ApiTokenIssued;
import org.mingyuan.platform.identity.AccountEvents.ApiTokenRevoked;
import org.mingyuan.platform.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, resolves, lists and revokes bearer tokens for the API. Only a SHA-256 hash of a token is
 * stored; the token itself is shown once, when it is issued. Only a password login may issue one,
 * so a leaked token cannot mint further tokens.
 */
@Service
public class ApiTokens {

    private static final String PREFIX = "myt_";
    /** The longest a token may live, in days. */
    public static final int MAX_DAYS = 365;

    private static final Duration USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
    }

    /** A token as issued: the secret (shown once) and when it expires. */
    public record IssuedToken(String token, String name, Instant expiresAt) {}

    /** A token as its owner sees it; never the secret or its hash. */
    public record TokenView(
            long id,
            String username,
            String name,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant lastUsedAt,
            boolean revoked) {

        /** True when the token can no longer be used: revoked, or past its expiry. */
        public boolean dead() {
            return revoked || !expiresAt.isAfter(Instant.now());
        }
    }

    /**
     * Issues a token named {@code name} to the caller, valid for {@code days} days (1 to 365);
     * refused when the caller authenticated with a bearer token rather than a password.
     */
    @Transactional
    public IssuedToken issue(Authentication caller, String name, int days) {
        if (caller instanceof BearerTokenAuthentication) {
            throw new PasswordLoginRequired();
        }
        String username = caller.getName();
        if (name.isBlank() || name.length() > 100) {
            throw new InvalidRequest("name", "token.name", 100);
        }
        PlainText.problem("name", name, Lines.ONE).ifPresent(problem -> {
            throw new InvalidRequest(List.of(problem));
        });
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidRequest("days", "token.days", 1, MAX_DAYS, days);
        }
        Account account = accounts.byUsername(username).orElseThrow();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql("insert into api_token (account_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)")
                .params(account.id(), name.strip(), hash(token), Timestamp.from(now), Timestamp.from(expires))
                .update();
        events.publishEvent(new ApiTokenIssued(username, name.strip(), expires));
        return new IssuedToken(token, name.strip(), expires);
    }

    /** The account a live token belongs to; empty for an unknown, revoked or expired token. Notes its use. */
    @Transactional
    public Optional<Account> resolve(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        var live = jdbc.sql("select t.id, a.username from api_token t join account a on a.id = t.account_id"
                        + " where t.token_hash = ? and not t.revoked and t.expires_at > ?")
                .params(hash(token), Timestamp.from(now))
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .optional();
        live.ifPresent(found -> jdbc.sql("update api_token set last_used_at = ? where id = ?"
                        + " and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), found[0], Timestamp.from(now.minus(USE_PRECISION)))
                .update());
        return live.flatMap(found -> accounts.byUsername((String) found[1]));
    }

    /** The tokens of {@code username}, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<TokenView> of(String username) {
        return jdbc.sql("select t.id, a.username, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked"
                        + " from api_token t join account a on a.id = t.account_id where a.username = ?"
                        + " order by t.id desc")
                .param(username)
                .query((rs, row) -> {
                    @Nullable Timestamp used = rs.getTimestamp(6);
                    return new TokenView(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5).toInstant(),
                            used == null ? null : used.toInstant(),
                            rs.getBoolean(7));
                })
                .list();
    }

    /**
     * Revokes token {@code id} on behalf of {@code actor}: their own, or anyone's for an
     * administrator. Another account's token is "not found" to anyone else.
     */
    @Transactional
    public void revoke(Authentication actor, long id) {
        boolean admin =
                actor.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
        var token = jdbc.sql("select a.username, t.name from api_token t join account a on a.id = t.account_id"
                        + " where t.id = ?")
                .param(id)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .filter(owner -> admin || owner[0].equals(actor.getName()))
                .orElseThrow(() -> new NotFound("token", String.valueOf(id)));
        jdbc.sql("update api_token set revoked = true where id = ?").param(id).update();
        events.publishEvent(new ApiTokenRevoked(actor.getName(), token[0], token[1]));
    }

    private static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
