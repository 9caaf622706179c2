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
import java.util.Optional;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.identity.AccountEvents.ApiTokenIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and resolves bearer tokens for the API. Only a SHA-256 hash of a token is stored; the
 * token itself is shown once, when it is issued.
 */
@Service
public class ApiTokens {

    private static final String PREFIX = "myt_";
    private static final int MAX_DAYS = 365;

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

    /** Issues a token named {@code name} to {@code username}, valid for {@code days} days (1 to 365). */
    @Transactional
    public IssuedToken issue(String username, String name, int days) {
        if (name.isBlank() || name.length() > 100) {
            throw new InvalidRequest("name", "token.name", 100);
        }
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

    /** The account a live token belongs to; empty for an unknown, revoked or expired token. */
    @Transactional(readOnly = true)
    public Optional<Account> resolve(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select a.username from api_token t join account a on a.id = t.account_id"
                        + " where t.token_hash = ? and not t.revoked and t.expires_at > ?")
                .params(hash(token), Timestamp.from(Instant.now()))
                .query(String.class)
                .optional()
                .flatMap(accounts::byUsername);
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
