package org.mingyuan.platform.fulfillment;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's rating (好差评) of a closed case, with its follow-up and appeal.
 *
 * @param level 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意
 * @param comment the enterprise's words; present for every level of 2 or below
 * @param followUpDue for a level of 2 or below, the last working day the department has to answer; null otherwise
 * @param followUpAnswer what the department did about it, once answered
 * @param appealReason why the department holds the rating mistaken, once appealed
 * @param appealOutcome the supervisor's decision; an upheld appeal leaves the rating out of figures, shown and marked
 */
public record Rating(
        long id,
        long caseId,
        long enterpriseId,
        String department,
        int level,
        @Nullable String comment,
        String ratedBy,
        Instant ratedAt,
        @Nullable LocalDate followUpDue,
        @Nullable String followUpAnswer,
        @Nullable String followedUpBy,
        @Nullable Instant followedUpAt,
        @Nullable String appealReason,
        @Nullable String appealedBy,
        @Nullable Instant appealedAt,
        @Nullable AppealOutcome appealOutcome,
        @Nullable String appealNote,
        @Nullable String appealDecidedBy,
        @Nullable Instant appealDecidedAt) {

    /** The best level, 非常满意. */
    public static final int BEST = 5;

    /** The worst level, 非常不满意. */
    public static final int WORST = 1;

    /** Levels at or below this (不满意, 非常不满意) open a follow-up and need a comment. */
    public static final int POOR = 2;

    /** A supervisor's decision on an appeal. */
    public enum AppealOutcome {
        /** The rating was mistaken: it stays visible, marked, and is left out of figures. */
        UPHELD,
        /** The rating stands. */
        DISMISSED
    }

    /** True while the department owes an answer: a poor rating, unanswered, not taken out by an upheld appeal. */
    public boolean followUpOpen() {
        return followUpDue != null && followedUpAt == null && appealOutcome != AppealOutcome.UPHELD;
    }

    /** True when the follow-up is open and {@code today} lies past its due day. */
    public boolean overdue(LocalDate today) {
        return followUpOpen() && today.isAfter(followUpDue);
    }

    /** True while an appeal waits on a supervisor. */
    public boolean appealPending() {
        return appealedAt != null && appealOutcome == null;
    }
}
