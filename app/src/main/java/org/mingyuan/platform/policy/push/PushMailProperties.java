package org.mingyuan.platform.policy.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notification e-mails are sent, bound from {@code mingyuan.mail.*}. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}); with no host
 * set, e-mail is off: messages still queue, and any instance with a host drains the queue.
 *
 * @param from the sender's address
 * @param baseUrl where readers reach the platform, for the links in e-mails, without a trailing slash
 * @param drain whether this instance drains the queue on a schedule (when it has an SMTP host)
 * @param pollInterval the pause between two drains
 * @param batchSize how many messages one drain claims at most
 * @param maxAttempts attempts before a message is given up as failed
 * @param retryAfter the pause after a first failed attempt; doubled after each further one
 * @param retryCap the longest pause between attempts
 * @param claimLease how long a claim holds before another instance may take the message over (a crashed sender)
 */
@ConfigurationProperties("mingyuan.mail")
public record PushMailProperties(
        @DefaultValue("noreply@mingyuan.local") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("true") boolean drain,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration retryAfter,
        @DefaultValue("6h") Duration retryCap,
        @DefaultValue("5m") Duration claimLease) {

    public PushMailProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("mingyuan.mail.batch-size and max-attempts must be at least 1, got "
                    + batchSize + " and " + maxAttempts);
        }
    }

    /** The pause before the attempt after {@code attempts} failed ones: doubled each time, at most the cap. */
    Duration retryDelay(int attempts) {
        Duration delay = retryAfter;
        for (int i = 1; i < attempts && delay.compareTo(retryCap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryCap) > 0 ? retryCap : delay;
    }
}
