package org.mingyuan.platform.scenarios;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A delivery milestone of the winner: PENDING → DELIVERED → ACCEPTED, or RETURNED and delivered again.
 *
 * @param materialId the material handed in with the delivery, from the winner's library, or null
 */
public record Milestone(
        long id,
        ScenarioId scenario,
        String name,
        LocalDate dueOn,
        State state,
        @Nullable String deliveryNote,
        @Nullable Long materialId,
        @Nullable Instant deliveredAt,
        @Nullable String decisionNote,
        @Nullable Instant decidedAt) {

    /** Where a milestone stands. */
    public enum State {
        PENDING,
        DELIVERED,
        ACCEPTED,
        RETURNED
    }
}
