package org.mingyuan.platform.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.Evaluation;
import org.mingyuan.platform.evaluation.EvaluationDesk;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationOrder;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationResults;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.EvaluationSummary;
import org.mingyuan.platform.evaluation.Panelist;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations: create, set up, close scoring, decide on flagged experts, compute, publish, and read results. */
@RestController
@Tag(name = "Evaluations", description = "名园评价 Evaluations of parks on an indicator system")
class EvaluationApi {

    private final EvaluationDesk desk;
    private final EvaluationResults results;
    private final Callers callers;

    EvaluationApi(EvaluationDesk desk, EvaluationResults results, Callers callers) {
        this.desk = desk;
        this.results = results;
        this.callers = callers;
    }

    /**
     * An official's decision on an expert of the panel.
     *
     * @param decision KEEP or EXCLUDE
     * @param note why; required, at most 2000 characters
     */
    record Decision(
            Panelist.@Nullable Decision decision, @Nullable String note) {}

    @GetMapping("/api/v1/evaluation/evaluations")
    @Operation(summary = "The evaluations the caller may see, the newest first")
    List<EvaluationSummary> list(Principal principal) {
        return results.visible(callers.of(principal));
    }

    @PostMapping("/api/v1/evaluation/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an evaluation on a published system version (officials); parks default to all")
    Evaluation create(Principal principal, @RequestBody EvaluationOrder order) {
        return desk.create(callers.of(principal), order);
    }

    @GetMapping("/api/v1/evaluation/evaluations/{id}")
    @Operation(summary = "One evaluation with its parks, panel and set-up")
    Evaluation get(Principal principal, @PathVariable long id) {
        return desk.get(callers.of(principal), new EvaluationId(id));
    }

    @PutMapping("/api/v1/evaluation/evaluations/{id}/setup")
    @Operation(summary = "Replace the weighting, ranking and stability set-up before publication (officials)")
    Evaluation setUp(Principal principal, @PathVariable long id, @RequestBody EvaluationSetup setup) {
        return desk.setUp(callers.of(principal), new EvaluationId(id), setup);
    }

    @PostMapping("/api/v1/evaluation/evaluations/{id}/close")
    @Operation(summary = "Close scoring: scores freeze and become visible to the panel (officials)")
    Evaluation close(Principal principal, @PathVariable long id) {
        return desk.close(callers.of(principal), new EvaluationId(id));
    }

    @PostMapping("/api/v1/evaluation/evaluations/{id}/panel/{username}/decision")
    @Operation(summary = "Keep or exclude an expert's scores, with the reason, after scoring closed (officials)")
    Evaluation decide(
            Principal principal, @PathVariable long id, @PathVariable String username, @RequestBody Decision decision) {
        return desk.decide(callers.of(principal), new EvaluationId(id), username, decision.decision(), decision.note());
    }

    @PostMapping("/api/v1/evaluation/evaluations/{id}/compute")
    @Operation(
            summary = "Compute and store the result (officials, after closing); 409 while a flagged expert awaits a"
                    + " decision, 400 naming each missing value or refused method input")
    EvaluationResult compute(Principal principal, @PathVariable long id) {
        return desk.compute(callers.of(principal), new EvaluationId(id));
    }

    @PostMapping("/api/v1/evaluation/evaluations/{id}/publish")
    @Operation(summary = "Publish the latest result to the evaluated parks' operators (officials)")
    Evaluation publish(Principal principal, @PathVariable long id) {
        return desk.publish(callers.of(principal), new EvaluationId(id));
    }

    @GetMapping("/api/v1/evaluation/evaluations/{id}/result")
    @Operation(
            summary = "The latest result: matrix with sources, weights, scores, ranking, rank intervals and top-k"
                    + " probabilities; a park operator sees only its own park's row")
    EvaluationResult result(Principal principal, @PathVariable long id) {
        return results.latest(callers.of(principal), new EvaluationId(id))
                .orElseThrow(() -> new NotFound("evaluationResult", id));
    }
}
