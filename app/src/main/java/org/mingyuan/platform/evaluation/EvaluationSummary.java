package org.mingyuan.platform.evaluation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.EvaluationResult.SystemVersionRef;

/**
 * An evaluation in a list: what it evaluates on which system version, where it stands, and when it was last computed.
 *
 * @param parks how many parks it evaluates
 * @param computedAt when its latest result was computed; null while it has none
 */
public record EvaluationSummary(
        EvaluationId id,
        String name,
        SystemVersionRef system,
        EvaluationState state,
        int parks,
        boolean illustrative,
        String createdBy,
        Instant createdAt,
        @Nullable Instant computedAt) {}
