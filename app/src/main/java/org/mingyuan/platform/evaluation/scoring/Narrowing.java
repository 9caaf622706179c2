package org.mingyuan.platform.evaluation.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.EvaluationResult.LeftOutIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.MissingPark;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultValue;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.registry.Park;

/**
 * Narrows a computation to the indicators that remain when platform indicators lacking a figure are left out: the
 * decision matrix loses their columns, the system version their entries (and any category left empty), and the set-up
 * their direct weights and their rows and columns of the AHP matrices, so the weights are found over what remains.
 */
public final class Narrowing {

    private Narrowing() {}

    /** The matrix without the columns of {@code lacking}'s indicators, which it lists with the parks lacking them. */
    static DecisionMatrix matrix(
            SystemVersion version, List<Park> rows, ResultValue[][] cells, Map<Integer, List<Park>> lacking) {
        List<Indicator> indicators = version.indicators();
        if (lacking.size() == indicators.size()) {
            throw new InvalidRequest(
                    "incompleteLiveIndicators",
                    "evaluation.compute.nothingLeft",
                    String.join("、", indicators.stream().map(Indicator::code).toList()));
        }
        List<Indicator> kept = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        List<LeftOutIndicator> leftOut = new ArrayList<>();
        for (int j = 0; j < indicators.size(); j++) {
            Indicator indicator = indicators.get(j);
            if (lacking.containsKey(j)) {
                leftOut.add(new LeftOutIndicator(
                        indicator.code(),
                        version.categoryOf(indicator.code()).orElseThrow().code(),
                        indicator.nameZh(),
                        indicator.nameEn(),
                        lacking.get(j).stream()
                                .map(p -> new MissingPark(p.id().value(), p.code(), p.nameZh(), p.nameEn()))
                                .toList()));
            } else {
                kept.add(indicator);
                columns.add(j);
            }
        }
        ResultValue[][] narrowed = new ResultValue[rows.size()][kept.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < kept.size(); c++) {
                narrowed[i][c] = cells[i][columns.get(c)];
            }
        }
        return new DecisionMatrix(rows, kept, narrowed, leftOut);
    }

    /** {@code version} with only {@code kept}'s indicators, dropping any category left without one. */
    public static SystemVersion version(SystemVersion version, List<Indicator> kept) {
        if (kept.size() == version.indicators().size()) {
            return version;
        }
        List<Category> categories = version.categories().stream()
                .map(c -> new Category(
                        c.code(),
                        c.nameZh(),
                        c.nameEn(),
                        c.definitionZh(),
                        c.definitionEn(),
                        c.weight(),
                        c.indicators().stream().filter(kept::contains).toList()))
                .filter(c -> !c.indicators().isEmpty())
                .toList();
        return new SystemVersion(
                version.id(),
                version.systemId(),
                version.code(),
                version.nameZh(),
                version.nameEn(),
                version.version(),
                version.state(),
                version.noteZh(),
                version.noteEn(),
                version.createdBy(),
                version.createdAt(),
                version.publishedBy(),
                version.publishedAt(),
                categories);
    }

    /** {@code setup} with the direct weights and AHP judgements of {@code full}'s indicators missing from {@code kept}. */
    public static EvaluationSetup setup(EvaluationSetup setup, SystemVersion full, SystemVersion kept) {
        if (kept == full) {
            return setup;
        }
        Map<String, Double> weights = null;
        if (setup.weights() != null) {
            weights = new HashMap<>(setup.weights());
            weights.keySet().removeIf(code -> kept.indicator(code).isEmpty());
        }
        Map<String, double[][]> ahp = null;
        if (setup.ahp() != null) {
            ahp = new HashMap<>();
            for (var entry : setup.ahp().entrySet()) {
                List<Boolean> keep = entry.getKey().equals(EvaluationSetup.CATEGORIES)
                        ? full.categories().stream()
                                .map(c -> kept.categories().stream()
                                        .anyMatch(k -> k.code().equals(c.code())))
                                .toList()
                        : full.categories().stream()
                                .filter(c -> c.code().equals(entry.getKey()))
                                .flatMap(c -> c.indicators().stream())
                                .map(i -> kept.indicator(i.code()).isPresent())
                                .toList();
                ahp.put(entry.getKey(), without(entry.getValue(), keep));
            }
        }
        return new EvaluationSetup(
                setup.weighting(),
                weights,
                ahp,
                setup.alpha(),
                setup.ranking(),
                setup.normalization(),
                setup.rho(),
                setup.spread(),
                setup.draws(),
                setup.topK(),
                setup.seed(),
                setup.incompleteLiveIndicators());
    }

    /** The pairwise matrix without the rows and columns whose {@code keep} is false. */
    private static double[][] without(double[][] matrix, List<Boolean> keep) {
        if (matrix == null || matrix.length != keep.size()) {
            return matrix;
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < keep.size(); i++) {
            if (keep.get(i)) {
                kept.add(i);
            }
        }
        double[][] narrowed = new double[kept.size()][kept.size()];
        for (int r = 0; r < kept.size(); r++) {
            for (int c = 0; c < kept.size(); c++) {
                narrowed[r][c] = matrix[kept.get(r)][kept.get(c)];
            }
        }
        return narrowed;
    }
}
