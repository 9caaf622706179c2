package org.mingyuan.platform.policy.push;

import java.time.Instant;
import java.util.List;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises' inboxes and notification settings on behalf of a {@link Caller}. An enterprise's users read its inbox,
 * mark its messages read and change its setting; officials may read it (their reading marks nothing read) and an
 * administrator may change the setting. An enterprise the caller may not see is answered as missing, as the registry
 * answers; a park operator, who sees its park's enterprises, is refused their inboxes.
 */
@Service
public class EnterpriseInboxes {

    /** The most messages one page holds. */
    public static final int MAX_PAGE = 200;

    private final EnterpriseRegistry registry;
    private final Inbox inbox;
    private final NotificationSettings settings;

    EnterpriseInboxes(EnterpriseRegistry registry, Inbox inbox, NotificationSettings settings) {
        this.registry = registry;
        this.inbox = inbox;
        this.settings = settings;
    }

    /**
     * One page of an enterprise's inbox, newest first.
     *
     * @param total every message it has
     * @param unread how many of them no user of the enterprise has read
     */
    public record InboxPage(
            String creditCode,
            long total,
            long unread,
            int page,
            int size,
            List<InboxMessage> messages,
            NotificationSetting setting) {}

    /** Page {@code page} (from 0) of {@code size} messages of the enterprise's inbox. */
    @Transactional(readOnly = true)
    public InboxPage inbox(Caller caller, String creditCode, int page, int size) {
        Enterprise enterprise = readable(caller, creditCode);
        long id = enterprise.id().value();
        Inbox.Counts counts = inbox.counts(id);
        return new InboxPage(
                enterprise.creditCode().value(),
                counts.total(),
                counts.unread(),
                page,
                size,
                inbox.of(id, Math.multiplyExact(page, size), size),
                settings.of(id));
    }

    /** How many of the enterprise's messages are unread. */
    @Transactional(readOnly = true)
    public long unread(Caller caller, String creditCode) {
        return inbox.counts(readable(caller, creditCode).id().value()).unread();
    }

    /** Marks one of the enterprise's messages read; only its own users may. */
    @Transactional
    public void markRead(Caller caller, String creditCode, long messageId) {
        Enterprise enterprise = readable(caller, creditCode);
        if (!owns(caller, enterprise)) {
            throw new AccessDeniedException("only the enterprise's users mark its messages read");
        }
        if (!inbox.markRead(enterprise.id().value(), messageId, Instant.now())) {
            throw new NotFound("inboxMessage", messageId);
        }
    }

    /** The enterprise's notification setting. */
    @Transactional(readOnly = true)
    public NotificationSetting setting(Caller caller, String creditCode) {
        return settings.of(readable(caller, creditCode).id().value());
    }

    /** Changes the enterprise's notification setting; its own users and administrators may. */
    @Transactional
    public NotificationSetting changeSetting(Caller caller, String creditCode, NotificationSettingDraft draft) {
        Enterprise enterprise = readable(caller, creditCode);
        if (!mayChangeSetting(caller, enterprise)) {
            throw new AccessDeniedException("may not change the notification setting of " + creditCode);
        }
        return settings.save(enterprise.id().value(), draft, caller.username());
    }

    /** True when the caller may change the enterprise's notification setting. */
    public static boolean mayChangeSetting(Caller caller, Enterprise enterprise) {
        return owns(caller, enterprise) || caller.has(Role.ADMIN);
    }

    /** True when the caller acts for the enterprise. */
    public static boolean owns(Caller caller, Enterprise enterprise) {
        return caller.has(Role.ENTERPRISE)
                && caller.enterpriseId() != null
                && caller.enterpriseId() == enterprise.id().value();
    }

    private Enterprise readable(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        if (!owns(caller, enterprise) && !caller.isOfficial()) {
            throw new AccessDeniedException("may not read the inbox of " + creditCode);
        }
        return enterprise;
    }
}
