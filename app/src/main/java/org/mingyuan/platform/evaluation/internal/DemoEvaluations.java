package org.mingyuan.platform.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.evaluation.EvaluationDesk;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationOrder;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.EvaluationSetup.RankingChoice;
import org.mingyuan.platform.evaluation.EvaluationSetup.Weighting;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigures;
import org.mingyuan.platform.evaluation.scoring.ExpertScoring;
import org.mingyuan.platform.evaluation.scoring.ScoreEntry;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, evaluates the seed parks once on both shipped systems: the 克而瑞 system with illustrative scores
 * (示例数据) from the demo experts, weighted by AHP and ranked by TOPSIS; the data-driven system on the platform's own
 * figures with equal weights and the weighted sum, over the parks the platform holds any figure for, leaving out the
 * platform indicators it lacks a figure for in some of them (a demo database has no paid case or rating yet). Both are
 * closed, computed and published; a refusal of either stops the start-up rather than hiding.
 */
@Component
class DemoEvaluations {

    private static final Caller OFFICER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);
    private static final List<String> PANEL = List.of("expert1", "expert2", "expert3", "expert4", "expert5");

    private final DemoMode demo;
    private final ParkFigures figures;
    private final EvaluationDesk desk;
    private final ExpertScoring scoring;
    private final Systems systems;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoEvaluations(
            DemoMode demo,
            ParkFigures figures,
            EvaluationDesk desk,
            ExpertScoring scoring,
            Systems systems,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.figures = figures;
        this.desk = desk;
        this.scoring = scoring;
        this.systems = systems;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void load() {
        boolean loaded = jdbc.sql("select count(*) from eval_evaluation where illustrative")
                        .query(Long.class)
                        .single()
                > 0;
        if (!demo.enabled() || loaded) {
            return;
        }
        for (SystemVersion version : systems.versions(100)) {
            if (version.version() != 1) {
                continue;
            }
            if (version.code().equals("CRIC_MODEL_PARK")) {
                evaluate(version, "2026 年度名园评价（克而瑞体系，示例数据）", cricSetup(version), null, true);
            } else if (version.code().equals("PLATFORM_LIVE")) {
                evaluate(version, "2026 年度名园评价（数据驱动体系，示例数据）", liveSetup(version), measured(), false);
            }
        }
    }

    /**
     * The parks the registry holds figures for (units or enterprises): other sources count 0 of their things for
     * every park, so a park with no enterprise and no unit is left out by the registry's figures.
     */
    private List<Long> measured() {
        return figures.all().entrySet().stream()
                .filter(e -> e.getValue().containsKey(LiveIndicator.OCCUPANCY)
                        || e.getValue().containsKey(LiveIndicator.CERTIFIED_FIRMS))
                .map(e -> e.getKey().value())
                .sorted()
                .toList();
    }

    private void evaluate(
            SystemVersion version, String name, EvaluationSetup setup, @Nullable List<Long> parks, boolean experts) {
        EvaluationId id = transaction.execute(status -> desk.create(
                        OFFICER,
                        new EvaluationOrder(name, version.id(), parks, experts ? PANEL : List.of(), setup),
                        true)
                .id());
        var evaluation = desk.get(OFFICER, id);
        if (experts) {
            for (int e = 0; e < PANEL.size(); e++) {
                var expert = new Caller(PANEL.get(e), Set.of(Role.EXPERT), null, null);
                List<ScoreEntry> entries = scores(evaluation.parks(), version.indicators(), e);
                transaction.executeWithoutResult(status -> scoring.score(expert, id, entries));
            }
        }
        transaction.executeWithoutResult(status -> desk.close(OFFICER, id));
        transaction.executeWithoutResult(status -> {
            desk.compute(OFFICER, id);
            desk.publish(OFFICER, id);
        });
    }

    /** Illustrative scores: each park has a level of its own, and each expert leans a level up or down at times. */
    private static List<ScoreEntry> scores(List<ParkId> parks, List<Indicator> indicators, int expert) {
        List<ScoreEntry> entries = new ArrayList<>();
        for (int p = 0; p < parks.size(); p++) {
            for (int j = 0; j < indicators.size(); j++) {
                int base = (p * 3 + j) % 5;
                int lean = (expert * 13 + j * 7 + p * 3) % 3 - 1;
                int level = Math.max(0, Math.min(4, base + lean));
                entries.add(
                        new ScoreEntry(parks.get(p).value(), indicators.get(j).code(), level));
            }
        }
        return entries;
    }

    private static EvaluationSetup cricSetup(SystemVersion version) {
        double[][] categories = {{1, 0.5}, {2, 1}};
        Map<String, double[][]> ahp =
                Map.of(EvaluationSetup.CATEGORIES, categories, "ATTRACT", equal(3), "OPERATE", equal(5));
        return new EvaluationSetup(
                Weighting.AHP,
                null,
                ahp,
                null,
                RankingChoice.TOPSIS,
                EvaluationSetup.Scaling.VECTOR,
                null,
                EvaluationSetup.SPREAD,
                EvaluationSetup.DRAWS,
                EvaluationSetup.TOP_K,
                EvaluationSetup.SEED,
                EvaluationSetup.IncompleteLive.REFUSE);
    }

    private static EvaluationSetup liveSetup(SystemVersion version) {
        Map<String, Double> weights = new java.util.HashMap<>();
        version.indicators().forEach(i -> weights.put(i.code(), 1.0));
        return new EvaluationSetup(
                Weighting.DIRECT,
                weights,
                null,
                null,
                RankingChoice.WEIGHTED_SUM,
                null,
                null,
                EvaluationSetup.SPREAD,
                EvaluationSetup.DRAWS,
                EvaluationSetup.TOP_K,
                EvaluationSetup.SEED,
                EvaluationSetup.IncompleteLive.LEAVE_OUT);
    }

    private static double[][] equal(int order) {
        double[][] matrix = new double[order][order];
        for (double[] row : matrix) {
            java.util.Arrays.fill(row, 1);
        }
        return matrix;
    }
}
