package org.mingyuan.platform.policy.push;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends queued notification e-mails as one instance ({@code instance} names it in the queue): claims a batch of due
 * messages, sends each over SMTP, and records each outcome. A message whose enterprise has since turned e-mail off,
 * removed its address or applied for the clause is cancelled, not sent; a failed send is tried again later with a
 * growing pause, and given up as failed after the last attempt or at once when the message cannot be written.
 */
class MailDrain {

    private static final Logger log = LoggerFactory.getLogger(MailDrain.class);

    private final MailQueue queue;
    private final JavaMailSender sender;
    private final PushMail mail;
    private final PushMailProperties properties;
    private final String instance;

    MailDrain(MailQueue queue, JavaMailSender sender, PushMail mail, PushMailProperties properties, String instance) {
        this.queue = queue;
        this.sender = sender;
        this.mail = mail;
        this.properties = properties;
        this.instance = instance;
    }

    /** What one drain did. */
    record Drained(int sent, int retried, int failed, int cancelled) {

        int claimed() {
            return sent + retried + failed + cancelled;
        }
    }

    /** Claims one batch of due messages and sends them; what became of them. */
    Drained drainOnce() {
        List<MailQueue.Outgoing> claimed =
                queue.claim(instance, properties.batchSize(), Instant.now(), properties.claimLease());
        int sent = 0;
        int retried = 0;
        int failed = 0;
        int cancelled = 0;
        for (MailQueue.Outgoing outgoing : claimed) {
            switch (deliver(outgoing)) {
                case SENT -> sent++;
                case RETRY -> retried++;
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
            }
        }
        return new Drained(sent, retried, failed, cancelled);
    }

    /** Drains until nothing due is left or a drain sends nothing; the total sent. */
    int drainAll() {
        int sent = 0;
        Drained drained;
        do {
            drained = drainOnce();
            sent += drained.sent();
        } while (drained.claimed() == properties.batchSize() && drained.sent() > 0);
        return sent;
    }

    private enum Outcome {
        SENT,
        RETRY,
        FAILED,
        CANCELLED
    }

    private Outcome deliver(MailQueue.Outgoing outgoing) {
        if (!outgoing.emailEnabled()
                || outgoing.email() == null
                || outgoing.message().appliedAt() != null) {
            queue.close(outgoing.id(), instance, "CANCELLED", null);
            return Outcome.CANCELLED;
        }
        try {
            sender.send(message(outgoing.message(), outgoing.email()));
        } catch (MailParseException | MailPreparationException unwritable) {
            log.warn("Notification e-mail {} cannot be written; given up: {}", outgoing.id(), unwritable.toString());
            queue.close(outgoing.id(), instance, "FAILED", unwritable.toString());
            return Outcome.FAILED;
        } catch (RuntimeException failed) {
            if (outgoing.attempts() >= properties.maxAttempts()) {
                log.warn(
                        "Notification e-mail {} failed its last attempt ({}); given up: {}",
                        outgoing.id(),
                        outgoing.attempts(),
                        failed.toString());
                queue.close(outgoing.id(), instance, "FAILED", failed.toString());
                return Outcome.FAILED;
            }
            Instant next = Instant.now().plus(properties.retryDelay(outgoing.attempts()));
            log.info(
                    "Notification e-mail {} failed attempt {}; tried again from {}: {}",
                    outgoing.id(),
                    outgoing.attempts(),
                    next,
                    failed.toString());
            queue.retry(outgoing.id(), instance, failed.toString(), next);
            return Outcome.RETRY;
        }
        if (!queue.sent(outgoing.id(), instance, outgoing.email(), Instant.now())) {
            log.warn("Notification e-mail {} was sent after its claim had lapsed", outgoing.id());
        }
        return Outcome.SENT;
    }

    private MimeMessage message(InboxMessage message, String recipient) {
        PushMail.Written written = mail.write(message);
        MimeMessage mime = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(recipient);
            helper.setSubject(written.subject());
            helper.setText(written.text(), written.html());
            mime.setHeader("List-Unsubscribe", "<" + written.unsubscribe() + ">");
            mime.setHeader("X-Mingyuan-Message", Long.toString(message.id()));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return mime;
    }
}
