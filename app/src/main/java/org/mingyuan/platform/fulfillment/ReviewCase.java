package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.StageRole;

/**
 * A case: one clause of an application, under the clause version in force when it was filed, walking that version's
 * review stages in order.
 *
 * @param parkId the park the enterprise was in when it applied; null for none
 * @param department the issuing department of the clause's policy, whose reviewers and finance act on it
 * @param estimatedAmount the amount the clause computed for the enterprise when it applied, CNY after the cap; null
 *     when a fact the amount needs was missing
 * @param cap the clause's cap, CNY, or null for none
 * @param proposedAmount the amount the last approved stage proposed, or null before any
 * @param approvedAmount the amount approved and reserved against the budget, or null until then
 * @param stageIndex the current stage, from 0; the stage count once closed
 * @param stageRole who acts on the current stage; null once closed
 * @param stageEnteredAt when the current stage began (or began again); null once closed
 * @param stageDue the last day of the current stage; null while returned and once closed
 * @param revision grows with every change
 * @param noticeFrom the first day the approved award is listed in public notice (公示); null before approval
 * @param noticeUntil the last day of its public notice; null before approval
 * @param paidAmount what finance paid, CNY; null until paid
 * @param paidOn the day the payout was made; null until paid
 * @param closedAt when the case was rejected, paid or withdrawn; null while open
 */
public record ReviewCase(
        long id,
        long applicationId,
        long enterpriseId,
        String creditCode,
        @Nullable Long parkId,
        String clauseId,
        int clauseVersion,
        long policyId,
        String department,
        String titleZh,
        String titleEn,
        @Nullable BigDecimal estimatedAmount,
        @Nullable BigDecimal cap,
        @Nullable BigDecimal proposedAmount,
        @Nullable BigDecimal approvedAmount,
        CaseState state,
        int stageIndex,
        int stageCount,
        @Nullable StageRole stageRole,
        @Nullable Instant stageEnteredAt,
        @Nullable LocalDate stageDue,
        int revision,
        Instant createdAt,
        Instant updatedAt,
        @Nullable LocalDate noticeFrom,
        @Nullable LocalDate noticeUntil,
        @Nullable BigDecimal paidAmount,
        @Nullable LocalDate paidOn,
        @Nullable Instant closedAt) {

    /** True when the current stage is the last. */
    public boolean atLastStage() {
        return stageIndex == stageCount - 1;
    }

    /**
     * The most an approval may grant: the amount computed when the enterprise applied, no more than the cap; null when
     * neither is known.
     */
    public @Nullable BigDecimal limit() {
        if (estimatedAmount == null) {
            return cap;
        }
        return cap == null ? estimatedAmount : estimatedAmount.min(cap);
    }

    /** The title in the reader's language: English for English readers, Chinese otherwise. */
    public String title(java.util.Locale locale) {
        return locale.getLanguage().equals("en") ? titleEn : titleZh;
    }
}
