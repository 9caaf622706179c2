package org.mingyuan.platform.evaluation.report;

import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationResults;
import org.mingyuan.platform.identity.Caller;
import org.springframework.stereotype.Component;

/** The latest result of an evaluation as a caller may see it, which every report is built on. */
@Component
public class ShownResults {

    private final EvaluationResults results;

    ShownResults(EvaluationResults results) {
        this.results = results;
    }

    /**
     * The latest result of evaluation {@code id} as {@code caller} may see it, never null.
     *
     * @throws org.mingyuan.platform.NotFound when there is no such evaluation or the caller may not see it
     * @throws Conflict naming {@code evaluation} when it was never computed
     */
    public EvaluationResult of(Caller caller, long id) {
        return results.latest(caller, new EvaluationId(id))
                .orElseThrow(() -> new Conflict("evaluation", "reports.notComputed", id));
    }
}
