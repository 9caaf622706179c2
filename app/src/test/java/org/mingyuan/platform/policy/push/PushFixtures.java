package org.mingyuan.platform.policy.push;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.registry.EnterpriseId;

/** Clause versions, enterprise ids and e-mail parts for the push tests; each call gives values no other test uses. */
final class PushFixtures {

    private PushFixtures() {}

    /** A published clause version with a new clause id and the given titles. */
    static ClauseVersion clause(int version, String titleZh, String titleEn) {
        return new ClauseVersion(
                "TEST-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(),
                version,
                7,
                titleZh,
                titleEn,
                "revenue >= 500.0",
                "100000.0",
                new BigDecimal("1000000"),
                null,
                null,
                ClauseMode.APPLY);
    }

    /** The same clause under another version. */
    static ClauseVersion amended(ClauseVersion clause) {
        return new ClauseVersion(
                clause.clauseId(),
                clause.version() + 1,
                clause.policyId(),
                clause.titleZh(),
                clause.titleEn(),
                clause.eligibility(),
                clause.amount(),
                clause.cap(),
                clause.validFrom(),
                clause.validUntil(),
                clause.mode());
    }

    /** The first of {@code count} enterprise ids no other test uses; they need not be registered. */
    static long enterprises(int count) {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000L - count);
    }

    static EnterpriseId enterprise(long id) {
        return new EnterpriseId(id);
    }

    /** A mail domain no other test uses. */
    static String domain() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    /** The received messages addressed to {@code domain}. */
    static List<MimeMessage> to(MimeMessage[] received, String domain) {
        return Arrays.stream(received)
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(address -> address.toString().endsWith("@" + domain));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The text parts of a message by their MIME type ({@code text/plain}, {@code text/html}), decoded. */
    static Map<String, String> parts(Part part) {
        Map<String, String> parts = new LinkedHashMap<>();
        collect(part, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    collect(body, parts);
                }
            } else if (content instanceof String text) {
                parts.put(part.getContentType().split(";")[0].strip().toLowerCase(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
