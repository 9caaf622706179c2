package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.StageRole;

/**
 * One step of a case, timed: the stage it concerns, when that stage began and was due, who acted when, and what came
 * of it.
 *
 * @param eventId the key of the step's ledger entry, {@code case-step:<eventId>}
 * @param stageIndex the stage acted on, from 0 (for a submission or resubmission, the stage that began)
 * @param enteredAt when that stage began (or began again)
 * @param dueOn the stage's last day
 * @param workingDays the working days from the stage's beginning to the step; 0 on its first day
 * @param amount the amount estimated (submission), proposed (a stage passed) or approved
 * @param conditionZh for a rejection, the condition cited from the rules engine's explanation
 * @param note the reviewer's or the enterprise's note
 */
public record CaseStep(
        long id,
        long caseId,
        String eventId,
        StepKind kind,
        @Nullable Integer stageIndex,
        @Nullable String stageZh,
        @Nullable String stageEn,
        @Nullable StageRole stageRole,
        @Nullable Instant enteredAt,
        @Nullable LocalDate dueOn,
        String actor,
        Instant actedAt,
        @Nullable Integer workingDays,
        @Nullable BigDecimal amount,
        @Nullable String conditionZh,
        @Nullable String conditionEn,
        @Nullable String note) {

    /** The key of the step's ledger entry. */
    public String ledgerKey() {
        return "case-step:" + eventId;
    }

    /** The stage's name in the reader's language, or null for a step without one. */
    public @Nullable String stage(java.util.Locale locale) {
        return locale.getLanguage().equals("en") ? stageEn : stageZh;
    }

    /** The cited condition in the reader's language, or null. */
    public @Nullable String condition(java.util.Locale locale) {
        return locale.getLanguage().equals("en") ? conditionEn : conditionZh;
    }
}
