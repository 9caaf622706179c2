package org.mingyuan.platform.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.internal.Evaluations;
import org.mingyuan.platform.evaluation.internal.Results;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.evaluation.scoring.DecisionMatrix;
import org.mingyuan.platform.evaluation.scoring.ExpertScoring;
import org.mingyuan.platform.evaluation.scoring.MatrixAssembly;
import org.mingyuan.platform.evaluation.scoring.Narrowing;
import org.mingyuan.platform.evaluation.scoring.PanelAgreement.ExpertAgreement;
import org.mingyuan.platform.evaluation.scoring.RankingRun;
import org.mingyuan.platform.evaluation.scoring.Weighing;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs evaluations for the officials (administrators, policy officers): creates one on a published system version,
 * changes its set-up, closes scoring, decides on flagged experts, computes and stores the result, and publishes it.
 */
@Service
public class EvaluationDesk {

    /** The most parks an evaluation may hold. */
    public static final int MAX_PARKS = 200;

    /** The most experts a panel may hold. */
    public static final int MAX_PANEL = 50;

    private final Evaluations evaluations;
    private final Systems systems;
    private final Results results;
    private final MatrixAssembly matrices;
    private final ExpertScoring scoring;
    private final ParkCatalog parks;
    private final Callers callers;
    private final Clock clock;

    EvaluationDesk(
            Evaluations evaluations,
            Systems systems,
            Results results,
            MatrixAssembly matrices,
            ExpertScoring scoring,
            ParkCatalog parks,
            Callers callers,
            Clock clock) {
        this.evaluations = evaluations;
        this.systems = systems;
        this.results = results;
        this.matrices = matrices;
        this.scoring = scoring;
        this.parks = parks;
        this.callers = callers;
        this.clock = clock;
    }

    /** The evaluation {@code id} as {@code caller} may see it. */
    @Transactional(readOnly = true)
    public Evaluation get(Caller caller, EvaluationId id) {
        return EvaluationAccess.visible(caller, evaluation(id));
    }

    /** Creates an evaluation in state SCORING; officials only. */
    @Transactional
    public Evaluation create(Caller caller, EvaluationOrder order) {
        return create(caller, order, false);
    }

    /** Creates an evaluation, marked illustrative when its scores are the demo's. */
    @Transactional
    public Evaluation create(Caller caller, EvaluationOrder order, boolean illustrative) {
        EvaluationAccess.requireRunner(caller);
        List<FieldProblem> problems = new ArrayList<>();
        String name = order.name() == null ? "" : order.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "evaluation.name", List.of(200)));
        }
        SystemVersion version = order.versionId() == null
                ? null
                : systems.version(order.versionId()).orElse(null);
        if (version == null || version.state() != SystemVersion.VersionState.PUBLISHED) {
            throw new InvalidRequest("versionId", "evaluation.version");
        }
        List<ParkId> chosen = parks(order.parks(), problems);
        List<String> panel = panel(order.panel(), version, problems);
        EvaluationSetup setup = order.setup() == null ? EvaluationSetup.defaults() : order.setup();
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (setup.topK() > chosen.size()) {
            setup = new EvaluationSetup(
                    setup.weighting(),
                    setup.weights(),
                    setup.ahp(),
                    setup.alpha(),
                    setup.ranking(),
                    setup.normalization(),
                    setup.rho(),
                    setup.spread(),
                    setup.draws(),
                    chosen.size(),
                    setup.seed(),
                    setup.incompleteLiveIndicators());
        }
        SetupRules.check(setup, version, chosen.size());
        EvaluationId id = evaluations.insert(
                name, version.id(), setup, chosen, panel, illustrative, caller.username(), clock.instant());
        return evaluation(id);
    }

    /** Replaces the set-up of an evaluation not yet published; officials only. */
    @Transactional
    public Evaluation setUp(Caller caller, EvaluationId id, EvaluationSetup setup) {
        EvaluationAccess.requireRunner(caller);
        Evaluation evaluation = evaluation(id);
        if (evaluation.state() == EvaluationState.PUBLISHED) {
            throw new Conflict("evaluation", "evaluation.published");
        }
        SetupRules.check(setup, version(evaluation), evaluation.parks().size());
        if (!evaluations.setUp(id.value(), setup, evaluation.state(), evaluation.revision())) {
            throw new Conflict("evaluation", "evaluation.changed");
        }
        return evaluation(id);
    }

    /** Closes scoring: scores freeze and the panel sees them all; officials only. */
    @Transactional
    public Evaluation close(Caller caller, EvaluationId id) {
        return move(caller, id, EvaluationState.SCORING, EvaluationState.CLOSED);
    }

    /** Publishes the latest result to the parks' operators; officials only, once computed. */
    @Transactional
    public Evaluation publish(Caller caller, EvaluationId id) {
        EvaluationAccess.requireRunner(caller);
        if (results.latest(id.value()).isEmpty()) {
            throw new Conflict("evaluation", "evaluation.notComputed");
        }
        return move(caller, id, EvaluationState.CLOSED, EvaluationState.PUBLISHED);
    }

    /**
     * Records an official's decision to keep or exclude an expert's scores, with the reason; while scoring is
     * closed and the result unpublished.
     */
    @Transactional
    public Evaluation decide(
            Caller caller,
            EvaluationId id,
            String username,
            Panelist.@Nullable Decision decision,
            @Nullable String note) {
        EvaluationAccess.requireRunner(caller);
        Evaluation evaluation = evaluation(id);
        if (evaluation.state() != EvaluationState.CLOSED) {
            throw new Conflict("evaluation", "evaluation.decide.state");
        }
        if (!evaluation.onPanel(username)) {
            throw new InvalidRequest("username", "evaluation.decide.notOnPanel", username);
        }
        if (decision == null) {
            throw new InvalidRequest("decision", "evaluation.decide.decision");
        }
        String reason = note == null ? "" : note.strip();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidRequest("note", "evaluation.decide.note", 2000);
        }
        evaluations.decide(id.value(), username, decision, reason, caller.username(), clock.instant());
        return evaluation(id);
    }

    /**
     * Computes the evaluation and stores the result snapshot; officials only, once scoring closed.
     *
     * @throws Conflict naming {@code panel[username]} while a flagged expert awaits a decision
     * @throws InvalidRequest naming each missing value, an empty panel, or what a method refused
     */
    @Transactional
    public EvaluationResult compute(Caller caller, EvaluationId id) {
        EvaluationAccess.requireRunner(caller);
        Evaluation evaluation = evaluation(id);
        if (evaluation.state() != EvaluationState.CLOSED) {
            throw new Conflict("evaluation", "evaluation.compute.state");
        }
        SystemVersion version = version(evaluation);
        boolean experts = version.expertIndicators().findAny().isPresent();
        List<ExpertAgreement> agreement = experts ? scoring.agreement(caller, id) : List.of();
        for (ExpertAgreement expert : agreement) {
            Panelist member = evaluation.panel().stream()
                    .filter(p -> p.username().equals(expert.username()))
                    .findFirst()
                    .orElseThrow();
            if (expert.flagged() && member.decision() == null) {
                throw new Conflict(
                        "panel[" + expert.username() + "]", "evaluation.compute.undecided", expert.username());
            }
        }
        DecisionMatrix matrix = matrices.of(evaluation, version);
        SystemVersion used = Narrowing.version(version, matrix.indicators());
        EvaluationSetup setup = Narrowing.setup(evaluation.setup(), version, used);
        Weighing weighing = Weighing.of(setup, used, matrix);
        RankingRun run = RankingRun.of(setup, matrix, weighing.weights());
        EvaluationResult result = ResultAssembly.of(
                evaluation, used, matrix, weighing, run, agreement, caller.username(), clock.instant());
        results.insert(result);
        return result;
    }

    private Evaluation move(Caller caller, EvaluationId id, EvaluationState from, EvaluationState to) {
        EvaluationAccess.requireRunner(caller);
        evaluation(id);
        if (!evaluations.move(id.value(), from, to, caller.username(), clock.instant())) {
            throw new Conflict("evaluation", "evaluation.state." + from.name());
        }
        return evaluation(id);
    }

    private List<ParkId> parks(@Nullable List<Long> asked, List<FieldProblem> problems) {
        List<ParkId> chosen = new ArrayList<>();
        if (asked == null) {
            parks.all().stream().limit(MAX_PARKS).forEach(park -> chosen.add(park.id()));
        } else if (asked.size() <= MAX_PARKS) {
            Set<Long> known = new HashSet<>();
            parks.all().forEach(park -> known.add(park.id().value()));
            for (int i = 0; i < asked.size(); i++) {
                Long park = asked.get(i);
                if (park == null || !known.contains(park)) {
                    problems.add(
                            new FieldProblem("parks[" + i + "]", "evaluation.park", List.of(String.valueOf(park))));
                } else if (chosen.contains(new ParkId(park))) {
                    problems.add(new FieldProblem("parks[" + i + "]", "evaluation.parkRepeated", List.of(park)));
                } else {
                    chosen.add(new ParkId(park));
                }
            }
        }
        if (chosen.size() < 2 || (asked != null && asked.size() > MAX_PARKS)) {
            problems.add(new FieldProblem("parks", "evaluation.parkCount", List.of(MAX_PARKS)));
        }
        return chosen;
    }

    private List<String> panel(@Nullable List<String> asked, SystemVersion version, List<FieldProblem> problems) {
        List<String> panel = new ArrayList<>();
        List<String> given = asked == null ? List.of() : asked;
        if (given.size() > MAX_PANEL) {
            problems.add(new FieldProblem("panel", "evaluation.panelCount", List.of(MAX_PANEL)));
            return panel;
        }
        for (int i = 0; i < given.size(); i++) {
            String username = given.get(i);
            boolean expert = username != null
                    && callers.byUsername(username).map(c -> c.has(Role.EXPERT)).orElse(false);
            if (!expert) {
                problems.add(new FieldProblem(
                        "panel[" + i + "]", "evaluation.panelMember", List.of(String.valueOf(username))));
            } else if (panel.contains(username)) {
                problems.add(new FieldProblem("panel[" + i + "]", "evaluation.panelRepeated", List.of(username)));
            } else {
                panel.add(username);
            }
        }
        if (panel.isEmpty() && version.expertIndicators().findAny().isPresent()) {
            problems.add(new FieldProblem("panel", "evaluation.panelEmpty", List.of()));
        }
        return panel;
    }

    private SystemVersion version(Evaluation evaluation) {
        return systems.version(evaluation.versionId()).orElseThrow();
    }

    private Evaluation evaluation(EvaluationId id) {
        return evaluations.get(id.value()).orElseThrow(() -> new NotFound("evaluation", id.value()));
    }
}
