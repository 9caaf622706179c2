package org.mingyuan.platform.evaluation.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.evaluation.Evaluation;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultValue;
import org.mingyuan.platform.evaluation.EvaluationSetup.IncompleteLive;
import org.mingyuan.platform.evaluation.IndicatorSource;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.Panelist;
import org.mingyuan.platform.evaluation.ParkFigures;
import org.mingyuan.platform.evaluation.Score;
import org.mingyuan.platform.evaluation.internal.ImportedValues;
import org.mingyuan.platform.evaluation.internal.Scores;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.LiveIndicators;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.stereotype.Component;

/**
 * Assembles an evaluation's decision matrix: for an expert indicator the mean of the kept experts' scores (the plain
 * panel mean; excluded experts are left out), for a platform indicator the park's live figure, for an imported one the
 * imported value. A value nobody gave is refused, every one named {@code matrix[PARK_CODE][INDICATOR]}, except that
 * under the set-up {@code LEAVE_OUT} a platform indicator lacking a figure for some park is left out of the matrix and
 * listed with those parks.
 */
@Component
public class MatrixAssembly {

    private final Scores scores;
    private final ImportedValues imported;
    private final ParkFigures figures;
    private final ParkCatalog parks;

    MatrixAssembly(Scores scores, ImportedValues imported, ParkFigures figures, ParkCatalog parks) {
        this.scores = scores;
        this.imported = imported;
        this.figures = figures;
        this.parks = parks;
    }

    /**
     * The matrix of {@code evaluation} on {@code version}.
     *
     * @throws InvalidRequest naming {@code panel} when the system has expert indicators and no expert is kept, each
     *     missing value not left out, and {@code incompleteLiveIndicators} when every indicator would be left out
     */
    public DecisionMatrix of(Evaluation evaluation, SystemVersion version) {
        List<Indicator> indicators = version.indicators();
        Set<String> kept = evaluation.panel().stream()
                .filter(p -> !p.excluded())
                .map(Panelist::username)
                .collect(Collectors.toSet());
        if (version.expertIndicators().findAny().isPresent() && kept.isEmpty()) {
            throw new InvalidRequest("panel", "evaluation.compute.emptyPanel");
        }
        Map<String, List<Double>> expert = new HashMap<>();
        for (Score score : scores.of(evaluation.id().value())) {
            if (kept.contains(score.username())) {
                expert.computeIfAbsent(score.parkId() + "/" + score.indicator(), k -> new ArrayList<>())
                        .add(score.score());
            }
        }
        Map<String, Double> values = new HashMap<>();
        for (ImportedValues.Value value : imported.of(evaluation.id().value())) {
            values.put(value.parkId() + "/" + value.indicator(), value.value());
        }
        List<Park> rows = evaluation.parks().stream().map(parks::get).toList();
        ResultValue[][] cells = new ResultValue[rows.size()][indicators.size()];
        List<FieldProblem> problems = new ArrayList<>();
        Map<Integer, List<Park>> lacking = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ParkId park = rows.get(i).id();
            Map<LiveIndicator, Double> live = figures.of(park);
            for (int j = 0; j < indicators.size(); j++) {
                Indicator indicator = indicators.get(j);
                String key = park.value() + "/" + indicator.code();
                cells[i][j] = switch (indicator.source()) {
                    case EXPERT -> mean(expert.get(key));
                    case PLATFORM ->
                        LiveIndicators.of(indicator.live())
                                .map(live::get)
                                .map(v -> new ResultValue(v, IndicatorSource.PLATFORM, 0))
                                .orElse(null);
                    case IMPORTED ->
                        values.containsKey(key) ? new ResultValue(values.get(key), IndicatorSource.IMPORTED, 0) : null;
                };
                if (cells[i][j] == null) {
                    problems.add(new FieldProblem(
                            "matrix[" + rows.get(i).code() + "][" + indicator.code() + "]",
                            "evaluation.compute.missing." + indicator.source().name(),
                            List.of(rows.get(i).nameZh(), indicator.nameZh())));
                    if (indicator.source() == IndicatorSource.PLATFORM) {
                        lacking.computeIfAbsent(j, k -> new ArrayList<>()).add(rows.get(i));
                    }
                }
            }
        }
        boolean leaveOut = evaluation.setup().incompleteLiveIndicators() == IncompleteLive.LEAVE_OUT;
        if (leaveOut) {
            problems.removeIf(p -> p.code().equals("evaluation.compute.missing.PLATFORM"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (!leaveOut || lacking.isEmpty()) {
            return new DecisionMatrix(rows, indicators, cells, List.of());
        }
        return Narrowing.matrix(version, rows, cells, lacking);
    }

    private static @Nullable ResultValue mean(List<Double> scores) {
        if (scores == null || scores.isEmpty()) {
            return null;
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new ResultValue(mean, IndicatorSource.EXPERT, scores.size());
    }
}
