package org.mingyuan.platform.evaluation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An expert on an evaluation's panel with an official's decision on them, if one was taken.
 *
 * @param decision KEEP or EXCLUDE once an official decided on the expert (usually because they were flagged); null
 *     before
 */
public record Panelist(
        String username,
        @Nullable Decision decision,
        @Nullable String decisionNote,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    /** An official's decision on a panel member. */
    public enum Decision {
        KEEP,
        EXCLUDE
    }

    /** True when an official excluded this expert's scores. */
    public boolean excluded() {
        return decision == Decision.EXCLUDE;
    }
}
