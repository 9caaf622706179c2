package org.mingyuan.platform.evaluation.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.Evaluation;
import org.mingyuan.platform.evaluation.EvaluationAccess;
import org.mingyuan.platform.evaluation.EvaluationDesk;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationState;
import org.mingyuan.platform.evaluation.Score;
import org.mingyuan.platform.evaluation.internal.Evaluations;
import org.mingyuan.platform.evaluation.internal.Scores;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.SystemTreeRules;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts' scoring (专家评分): an expert on an evaluation's panel scores each park on each expert indicator by
 * choosing a rubric level, on their own account and only while the evaluation is open for scoring; the panel's
 * scores, and how far each expert lies from the others, are shown to the panel and the officials once scoring closed.
 */
@Service
public class ExpertScoring {

    /** The most scores one request may carry: every park of the largest evaluation on every indicator. */
    public static final int MAX_ENTRIES = EvaluationDesk.MAX_PARKS * SystemTreeRules.MAX_INDICATORS;

    private final Evaluations evaluations;
    private final Scores scores;
    private final Systems systems;
    private final Clock clock;

    ExpertScoring(Evaluations evaluations, Scores scores, Systems systems, Clock clock) {
        this.evaluations = evaluations;
        this.scores = scores;
        this.systems = systems;
        this.clock = clock;
    }

    /** The caller's own scores on evaluation {@code id}; only for an expert on its panel. */
    @Transactional(readOnly = true)
    public List<Score> mine(Caller caller, EvaluationId id) {
        Evaluation evaluation = panelOf(caller, id);
        return scores.of(evaluation.id().value(), caller.username());
    }

    /**
     * Stores the caller's scores on evaluation {@code id}, all or none; a null level clears a score.
     *
     * @throws InvalidRequest naming each entry ({@code scores[3].level}) that names a park not evaluated, an
     *     indicator not scored by experts or a level its rubric lacks
     * @throws Conflict when scoring has closed
     */
    @Transactional
    public List<Score> score(Caller caller, EvaluationId id, List<ScoreEntry> entries) {
        Evaluation evaluation = panelOf(caller, id);
        if (evaluation.state() != EvaluationState.SCORING) {
            throw new Conflict("evaluation", "evaluation.scoring.closed");
        }
        SystemVersion version = systems.version(evaluation.versionId()).orElseThrow();
        Map<String, Indicator> expert =
                version.expertIndicators().collect(Collectors.toMap(Indicator::code, indicator -> indicator));
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new InvalidRequest("scores", "evaluation.scoring.entryCount", MAX_ENTRIES);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        for (int e = 0; e < entries.size(); e++) {
            ScoreEntry entry = entries.get(e);
            String at = "scores[" + e + "]";
            Indicator indicator = entry.indicator() == null ? null : expert.get(entry.indicator());
            if (entry.parkId() == null || !evaluation.evaluates(new ParkId(entry.parkId()))) {
                problems.add(new FieldProblem(at + ".parkId", "evaluation.scoring.park", List.of()));
            } else if (indicator == null) {
                problems.add(new FieldProblem(at + ".indicator", "evaluation.scoring.indicator", List.of()));
            } else if (!seen.add(entry.parkId() + "/" + indicator.code())) {
                problems.add(new FieldProblem(at, "evaluation.scoring.repeated", List.of()));
            } else if (entry.level() == null) {
                writes.add(() -> scores.remove(id.value(), caller.username(), entry.parkId(), indicator.code()));
            } else if (entry.level() < 0 || entry.level() >= indicator.rubric().size()) {
                problems.add(new FieldProblem(
                        at + ".level",
                        "evaluation.scoring.level",
                        List.of(indicator.rubric().size() - 1)));
            } else {
                var score = new Score(
                        caller.username(),
                        entry.parkId(),
                        indicator.code(),
                        entry.level(),
                        indicator.rubric().get(entry.level()).score(),
                        now);
                writes.add(() -> scores.put(id.value(), score));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        writes.forEach(Runnable::run);
        return scores.of(id.value(), caller.username());
    }

    /**
     * Every score of the panel, once scoring closed: for officials and supervisors, and for the panel's experts.
     *
     * @throws Conflict while scoring is open (each expert sees only their own scores)
     */
    @Transactional(readOnly = true)
    public List<Score> panelScores(Caller caller, EvaluationId id) {
        Evaluation evaluation = seen(caller, id);
        if (evaluation.state() == EvaluationState.SCORING) {
            throw new Conflict("evaluation", "evaluation.scoring.stillOpen");
        }
        return scores.of(id.value());
    }

    /** Each expert's agreement with the rest of the panel (see {@link PanelAgreement}), once scoring closed. */
    @Transactional(readOnly = true)
    public List<PanelAgreement.ExpertAgreement> agreement(Caller caller, EvaluationId id) {
        Evaluation evaluation = seen(caller, id);
        List<Score> all = panelScores(caller, id);
        return PanelAgreement.of(
                evaluation.panel().stream().map(p -> p.username()).toList(), all, ranges(evaluation));
    }

    /** The rubric range of each expert indicator of the evaluation's system version. */
    Map<String, Double> ranges(Evaluation evaluation) {
        return systems.version(evaluation.versionId())
                .orElseThrow()
                .expertIndicators()
                .collect(Collectors.toMap(Indicator::code, Indicator::rubricRange));
    }

    private Evaluation seen(Caller caller, EvaluationId id) {
        Evaluation evaluation = evaluations.get(id.value()).orElseThrow(() -> new NotFound("evaluation", id.value()));
        if (!EvaluationAccess.readsAll(caller) && !(caller.has(Role.EXPERT) && evaluation.onPanel(caller.username()))) {
            throw new NotFound("evaluation", id.value());
        }
        return evaluation;
    }

    private Evaluation panelOf(Caller caller, EvaluationId id) {
        Evaluation evaluation = evaluations.get(id.value()).orElseThrow(() -> new NotFound("evaluation", id.value()));
        if (!caller.has(Role.EXPERT) || !evaluation.onPanel(caller.username())) {
            if (EvaluationAccess.sees(caller, evaluation)) {
                throw new AccessDeniedException("only the panel's experts score");
            }
            throw new NotFound("evaluation", id.value());
        }
        return evaluation;
    }
}
