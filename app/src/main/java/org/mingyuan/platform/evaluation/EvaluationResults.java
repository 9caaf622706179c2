package org.mingyuan.platform.evaluation;

import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.internal.Evaluations;
import org.mingyuan.platform.evaluation.internal.Results;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads evaluations' stored results as each caller may see them: officials and supervisors every result; experts the
 * results of their panels' evaluations once scoring closed; a park operator the published result of an evaluation of
 * its park, reduced to its own park's row. Reports build on this service.
 */
@Service
public class EvaluationResults {

    /** The most evaluations a list shows. */
    public static final int LIST_LIMIT = 200;

    private final Evaluations evaluations;
    private final Results results;
    private final Systems systems;

    EvaluationResults(Evaluations evaluations, Results results, Systems systems) {
        this.evaluations = evaluations;
        this.results = results;
        this.systems = systems;
    }

    /**
     * The latest result of evaluation {@code id} as {@code caller} may see it; empty while it was never computed.
     *
     * @throws NotFound when there is no such evaluation or the caller may not see it, or (for an expert) its scoring
     *     is still open
     */
    @Transactional(readOnly = true)
    public Optional<EvaluationResult> latest(Caller caller, EvaluationId id) {
        Evaluation evaluation = EvaluationAccess.visible(caller, evaluation(id));
        if (evaluation.state() == EvaluationState.SCORING && !EvaluationAccess.readsAll(caller)) {
            throw new NotFound("evaluation", id.value());
        }
        boolean published = evaluation.state() == EvaluationState.PUBLISHED;
        return results.latest(id.value()).map(result -> shown(caller, evaluation, result, published));
    }

    /** The evaluations {@code caller} may see, the newest first, at most {@link #LIST_LIMIT}. */
    @Transactional(readOnly = true)
    public List<EvaluationSummary> visible(Caller caller) {
        return evaluations.all(LIST_LIMIT).stream()
                .filter(e -> EvaluationAccess.sees(caller, e))
                .map(this::summary)
                .toList();
    }

    /** The evaluation {@code id} as a list shows it, if {@code caller} may see it. */
    @Transactional(readOnly = true)
    public EvaluationSummary summary(Caller caller, EvaluationId id) {
        return summary(EvaluationAccess.visible(caller, evaluation(id)));
    }

    private EvaluationSummary summary(Evaluation e) {
        var version = systems.version(e.versionId()).orElseThrow();
        return new EvaluationSummary(
                e.id(),
                e.name(),
                version.ref(),
                e.state(),
                e.parks().size(),
                e.illustrative(),
                e.createdBy(),
                e.createdAt(),
                results.computedAt(e.id().value()).orElse(null));
    }

    private Evaluation evaluation(EvaluationId id) {
        return evaluations.get(id.value()).orElseThrow(() -> new NotFound("evaluation", id.value()));
    }

    private static EvaluationResult shown(
            Caller caller, Evaluation evaluation, EvaluationResult result, boolean published) {
        List<EvaluationResult.ResultPark> parks = EvaluationAccess.seesWholeResult(caller, evaluation)
                ? result.parks()
                : result.parks().stream()
                        .filter(p -> caller.parkId() != null && p.parkId() == caller.parkId())
                        .toList();
        List<EvaluationResult.PanelMember> panel =
                EvaluationAccess.seesWholeResult(caller, evaluation) ? result.panel() : List.of();
        List<EvaluationResult.LeftOutIndicator> leftOut = EvaluationAccess.seesWholeResult(caller, evaluation)
                ? result.leftOut()
                : result.leftOut().stream()
                        .map(l -> new EvaluationResult.LeftOutIndicator(
                                l.code(),
                                l.category(),
                                l.nameZh(),
                                l.nameEn(),
                                l.parks().stream()
                                        .filter(p -> caller.parkId() != null && p.parkId() == caller.parkId())
                                        .toList()))
                        .toList();
        return new EvaluationResult(
                result.evaluation(),
                result.name(),
                result.system(),
                result.categories(),
                result.indicators(),
                parks,
                result.methods(),
                panel,
                leftOut,
                result.illustrative(),
                published,
                result.computedBy(),
                result.computedAt());
    }
}
