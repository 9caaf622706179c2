package org.mingyuan.platform.evaluation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.ParkId;

/**
 * An evaluation of parks on one version of an indicator system by a panel of experts.
 *
 * @param versionId the exact system version it uses
 * @param parks the evaluated parks, in the order they were named
 * @param illustrative true for the demo's evaluations, whose expert scores are illustrative (示例数据)
 * @param revision grows with every change of state, so two officials never both act on one state
 */
public record Evaluation(
        EvaluationId id,
        String name,
        long versionId,
        EvaluationState state,
        EvaluationSetup setup,
        List<ParkId> parks,
        List<Panelist> panel,
        boolean illustrative,
        int revision,
        String createdBy,
        Instant createdAt,
        @Nullable String closedBy,
        @Nullable Instant closedAt) {

    /** Copies the lists. */
    public Evaluation {
        parks = List.copyOf(parks);
        panel = List.copyOf(panel);
    }

    /** True when {@code username} sits on the panel. */
    public boolean onPanel(String username) {
        return panel.stream().anyMatch(p -> p.username().equals(username));
    }

    /** True when {@code park} is evaluated. */
    public boolean evaluates(ParkId park) {
        return parks.contains(park);
    }
}
