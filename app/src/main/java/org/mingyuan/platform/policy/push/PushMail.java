package org.mingyuan.platform.policy.push;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the e-mail of an inbox message: Simplified Chinese first, English below, as HTML (every value from the
 * database escaped by the template) and as plain text. It names the clause, the estimated amount, what a near miss
 * still lacks, and links to the clause's guide, to the inbox, and to the setting that turns e-mail off.
 */
@Component
class PushMail {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PushMailProperties properties;

    PushMail(ITemplateEngine templates, MessageSource messages, PushMailProperties properties) {
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
    }

    /** An e-mail ready to send. */
    record Written(String subject, String text, String html, String unsubscribe) {}

    /**
     * Where the links of a message's e-mail lead.
     *
     * @param guide the clause's guide, for a case message the case's page, for a grant the enterprise's grants
     */
    record Links(String guide, String inbox, String settings) {}

    Written write(InboxMessage message) {
        Links links = links(message);
        String kind = kind(message);
        String subject = flat(text(CHINESE, "push.mail.subject." + kind, message.titleZh()) + " | "
                + text(ENGLISH, "push.mail.subject." + kind, message.titleEn()));
        String html = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>" + part(message, links, CHINESE)
                + "<hr>" + part(message, links, ENGLISH) + "</body></html>";
        String text = plain(message, links, CHINESE) + "\n----------------------------------------\n\n"
                + plain(message, links, ENGLISH);
        return new Written(subject, text, html, links.settings());
    }

    /**
     * The links of a message's e-mail: a case message leads to its case, a notice to the page it is about, a grant to
     * the page where it is confirmed, a push to the clause's guide.
     */
    Links links(InboxMessage message) {
        String base = properties.baseUrl();
        String inbox = base + "/enterprises/" + encode(message.creditCode()) + "/inbox";
        String first;
        if (message.caseId() != null) {
            first = base + "/cases/" + message.caseId();
        } else if (message.aboutNotice() && message.link() != null) {
            first = base + message.link();
        } else if (message.aboutGrant()) {
            first = base + "/grants";
        } else {
            first = base + "/clauses/" + encode(message.clauseId()) + "/guide";
        }
        return new Links(first, inbox, inbox + "#notification-settings");
    }

    private static String kind(InboxMessage message) {
        if (message.aboutNotice()) {
            return "notice";
        }
        return message.aboutCase()
                ? "case"
                : message.aboutGrant() ? "grant" : message.nearMiss() ? "nearMiss" : "eligible";
    }

    private String part(InboxMessage message, Links links, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("m", message);
        context.setVariable("title", message.title(locale));
        context.setVariable("amount", amount(message, locale));
        context.setVariable("links", links);
        return templates.process("mail/push", Set.of("part"), context);
    }

    private String plain(InboxMessage message, Links links, Locale locale) {
        String kind = kind(message);
        List<String> lines = new ArrayList<>();
        lines.add(text(locale, "push.mail.heading." + kind));
        lines.add("");
        String linkLabel;
        if (message.aboutNotice()) {
            lines.add(message.title(locale));
            lines.add(String.valueOf(message.detail(locale)));
            linkLabel = "push.mail.notice.link";
        } else if (message.aboutCase()) {
            lines.add(clauseLine(message, locale));
            lines.add(text(locale, "push.mail.case", message.caseId()) + " " + message.detail(locale));
            linkLabel = "push.mail.case.link";
        } else {
            lines.add(clauseLine(message, locale));
            lines.add(text(locale, "push.mail.amount") + " " + amount(message, locale));
            if (message.nearMiss()) {
                lines.add(text(locale, "push.mail.lacking"));
                message.lacking().forEach(line -> lines.add("  - " + line));
            }
            linkLabel = message.aboutGrant() ? "push.mail.grant" : "push.mail.guide";
        }
        lines.add("");
        lines.add(text(locale, linkLabel) + " " + links.guide());
        lines.add(text(locale, "push.mail.inbox") + " " + links.inbox());
        lines.add(text(locale, "push.mail.unsubscribe") + " " + links.settings());
        return String.join("\n", lines) + "\n";
    }

    private String clauseLine(InboxMessage message, Locale locale) {
        return text(locale, "push.mail.clause") + " " + message.title(locale) + " "
                + text(locale, "push.mail.version", message.clauseVersion());
    }

    private String amount(InboxMessage message, Locale locale) {
        if (message.estimatedAmount() == null) {
            return text(locale, "push.mail.amount.none");
        }
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return text(locale, "push.mail.amount.value", format.format(message.estimatedAmount()));
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** A header value on one line, without control characters. */
    private static String flat(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
