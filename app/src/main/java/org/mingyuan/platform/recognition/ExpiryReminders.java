package org.mingyuan.platform.recognition;

import java.time.Clock;
import java.time.LocalDate;
import org.mingyuan.platform.policy.push.Notice;
import org.mingyuan.platform.policy.push.Notifications;
import org.mingyuan.platform.recognition.internal.RecognitionStore;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds firms that their recognition expires: an inbox notice, once per recognition, when its last valid day is at
 * most the set number of days away (default 60) and not yet past.
 */
@Service
public class ExpiryReminders {

    private final RecognitionStore store;
    private final Notifications notifications;
    private final RecognitionProperties properties;
    private final Clock clock;

    ExpiryReminders(
            RecognitionStore store, Notifications notifications, RecognitionProperties properties, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the reminders due today and returns how many were sent. */
    @Transactional
    public int remind() {
        LocalDate today = RegistryTime.today(clock);
        int sent = 0;
        for (Recognition r : store.expiringUnreminded(today, today.plusDays(properties.reminderDaysBefore()))) {
            LocalDate until = r.validUntil();
            RecognitionScheme scheme = store.schemes().stream()
                    .filter(s -> s.id() == r.schemeId())
                    .findFirst()
                    .orElseThrow();
            if (notifications.tell(new Notice(
                    new EnterpriseId(r.enterpriseId()),
                    r.creditCode(),
                    "recognition-expiry:" + r.id(),
                    "区块链企业认定即将到期",
                    "Your blockchain-firm recognition expires soon",
                    "贵企业的“%s”认定（证书 %s）有效期至 %s，请在到期前重新申请认定。".formatted(scheme.nameZh(), r.certificateNumber(), until),
                    "Your recognition \"%s\" (certificate %s) is valid until %s; apply again before it expires."
                            .formatted(scheme.nameEn(), r.certificateNumber(), until),
                    "/my/recognition"))) {
                sent++;
            }
            store.reminded(r.id(), clock.instant());
        }
        return sent;
    }
}
