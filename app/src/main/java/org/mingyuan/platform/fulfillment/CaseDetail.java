package org.mingyuan.platform.fulfillment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ReviewStage;

/**
 * A case with everything its page shows: the stages it walks, the materials handed in, and its timeline of steps, each
 * with the index of its ledger entry once the entry is in the log (the receipt to download).
 *
 * @param mayAct whether the caller acts on the case's current stage
 * @param mayResubmit whether the caller may hand in more material (the enterprise, while the case is returned)
 */
public record CaseDetail(
        ReviewCase reviewCase,
        List<ReviewStage> stages,
        List<Material> materials,
        List<Timed> timeline,
        boolean mayAct,
        boolean mayResubmit) {

    /**
     * A material the clause requires, and the material handed in for it.
     *
     * @param materialId the material's id in the enterprise's material library; null while none is given
     */
    public record Material(
            int position, String name, @Nullable Long materialId) {}

    /**
     * A step with its ledger entry.
     *
     * @param receipt the index of the step's ledger entry once appended; null while pending
     */
    public record Timed(CaseStep step, @Nullable Long receipt) {}
}
