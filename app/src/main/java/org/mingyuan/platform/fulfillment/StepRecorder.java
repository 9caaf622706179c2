package org.mingyuan.platform.fulfillment;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.FulfillmentEvents.CaseStepRecorded;
import org.mingyuan.platform.fulfillment.internal.Steps;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.push.CaseNotice;
import org.mingyuan.platform.policy.push.Notifications;
import org.mingyuan.platform.registry.EnterpriseId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Records one step of a case in the caller's transaction: stores it, publishes its ledger event, and tells the
 * enterprise in its inbox and by e-mail what happened, in Chinese and English. The step, its entry and its message
 * exist together or not at all.
 */
@Component
class StepRecorder {

    private final Steps steps;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final MessageSource messages;

    StepRecorder(Steps steps, ApplicationEventPublisher events, Notifications notifications, MessageSource messages) {
        this.steps = steps;
        this.events = events;
        this.notifications = notifications;
        this.messages = messages;
    }

    /**
     * Records {@code step} of case {@code c}.
     *
     * @param begun the stage the step began (the next stage after one passed, or the stage begun again), or null
     * @param due that stage's last day, or, for an approval, the last day of its public notice; null for neither
     */
    CaseStep record(ReviewCase c, CaseStep step, @Nullable ReviewStage begun, @Nullable LocalDate due) {
        return record(c, step, begun, due, null);
    }

    /** Records the enterprise's rating of case {@code c} at {@code level}, which its ledger entry shows. */
    CaseStep recordRating(ReviewCase c, CaseStep step, int level) {
        return record(c, step, null, null, level);
    }

    private CaseStep record(
            ReviewCase c,
            CaseStep step,
            @Nullable ReviewStage begun,
            @Nullable LocalDate due,
            @Nullable Integer level) {
        CaseStep stored = steps.insert(step);
        String reason = step.conditionZh() == null && step.note() == null
                ? null
                : (step.conditionZh() == null ? "" : step.conditionZh() + "\n")
                        + (step.note() == null ? "" : step.note());
        events.publishEvent(new CaseStepRecorded(
                step.eventId(),
                step.kind(),
                c.id(),
                c.applicationId(),
                c.clauseId(),
                c.clauseVersion(),
                step.stageIndex(),
                step.amount() == null ? null : Yuan.fen(step.amount()),
                reason,
                c.creditCode(),
                step.actor(),
                level,
                step.kind() == StepKind.APPROVED ? due : null));
        notifications.tell(new CaseNotice(
                new EnterpriseId(c.enterpriseId()),
                c.creditCode(),
                c.clauseId(),
                c.clauseVersion(),
                c.policyId(),
                c.titleZh(),
                c.titleEn(),
                c.id(),
                stored.id(),
                detail(stored, begun, due, Locale.SIMPLIFIED_CHINESE),
                detail(stored, begun, due, Locale.ENGLISH)));
        return stored;
    }

    private String detail(CaseStep step, @Nullable ReviewStage begun, @Nullable LocalDate due, Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        Object[] args = {
            begun == null ? "" : en ? begun.nameEn() : begun.nameZh(),
            due == null ? "" : due.toString(),
            orEmpty(step.stage(locale)),
            step.amount() == null ? "" : Yuan.format(step.amount()),
            orEmpty(step.condition(locale)),
            orEmpty(step.note())
        };
        String key = step.kind() == StepKind.APPROVED && due != null
                ? "case.notice.APPROVED.listed"
                : "case.notice." + step.kind().name();
        return messages.getMessage(key, args, locale);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
