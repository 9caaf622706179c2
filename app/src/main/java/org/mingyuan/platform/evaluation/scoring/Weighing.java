package org.mingyuan.platform.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.EvaluationResult.AhpConsistency;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.method.Ahp;
import org.mingyuan.platform.evaluation.method.AhpWeights;
import org.mingyuan.platform.evaluation.method.CombinedWeights;
import org.mingyuan.platform.evaluation.method.EntropyWeights;
import org.mingyuan.platform.evaluation.method.MethodInputException;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.SystemVersion;

/**
 * Finds the global weight of every indicator as an evaluation's set-up says: given directly (or the system's published
 * weights, category × within-category), by AHP down the tree (the categories' matrix times each category's matrix),
 * by entropy over the decision matrix, or α·AHP + (1−α)·entropy. The weights add up to 1.
 *
 * @param weights the global weight of each indicator, in the system's order
 * @param consistency each AHP matrix's consistency; empty unless AHP was used
 */
public record Weighing(double[] weights, List<AhpConsistency> consistency) {

    /** The weights of {@code matrix}'s indicators under {@code setup}. */
    public static Weighing of(EvaluationSetup setup, SystemVersion version, DecisionMatrix matrix) {
        return switch (setup.weighting()) {
            case DIRECT -> new Weighing(direct(setup.weights(), version), List.of());
            case AHP -> ahp(setup.ahp(), version);
            case ENTROPY -> new Weighing(entropy(matrix), List.of());
            case COMBINED -> combined(setup, version, matrix);
        };
    }

    private static double[] direct(@Nullable Map<String, Double> given, SystemVersion version) {
        List<Indicator> indicators = version.indicators();
        double[] weights = new double[indicators.size()];
        if (given == null) {
            if (version.categories().stream()
                    .anyMatch(c -> c.weight() == null || c.indicators().stream().anyMatch(i -> i.weight() == null))) {
                throw new InvalidRequest("weights", "evaluation.weights.noneShipped", version.nameZh());
            }
            double categories =
                    version.categories().stream().mapToDouble(Category::weight).sum();
            int j = 0;
            for (Category category : version.categories()) {
                double within = category.indicators().stream()
                        .mapToDouble(Indicator::weight)
                        .sum();
                for (Indicator indicator : category.indicators()) {
                    weights[j++] = within == 0 ? 0 : category.weight() / categories * indicator.weight() / within;
                }
            }
            return weights;
        }
        for (String code : given.keySet()) {
            if (version.indicator(code).isEmpty()) {
                throw new InvalidRequest("weights." + code, "evaluation.weights.unknown", code);
            }
        }
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            String code = indicators.get(j).code();
            Double weight = given.get(code);
            if (weight == null || !Double.isFinite(weight) || weight < 0 || weight > 1e6) {
                throw new InvalidRequest("weights." + code, "evaluation.weights.value");
            }
            weights[j] = weight;
            sum += weight;
        }
        if (sum <= 0) {
            throw new InvalidRequest("weights", "evaluation.weights.zero");
        }
        for (int j = 0; j < weights.length; j++) {
            weights[j] /= sum;
        }
        return weights;
    }

    private static Weighing ahp(@Nullable Map<String, double[][]> matrices, SystemVersion version) {
        List<AhpConsistency> consistency = new ArrayList<>();
        double[] categories = pairwise(
                matrices, EvaluationSetup.CATEGORIES, version.categories().size(), consistency);
        double[] weights = new double[version.indicators().size()];
        int j = 0;
        for (int c = 0; c < version.categories().size(); c++) {
            Category category = version.categories().get(c);
            double[] within =
                    pairwise(matrices, category.code(), category.indicators().size(), consistency);
            for (double w : within) {
                weights[j++] = categories[c] * w;
            }
        }
        return new Weighing(weights, consistency);
    }

    private static double[] pairwise(
            @Nullable Map<String, double[][]> matrices, String name, int order, List<AhpConsistency> consistency) {
        if (order == 1) {
            return new double[] {1};
        }
        double[][] matrix = matrices == null ? null : matrices.get(name);
        if (matrix == null || matrix.length != order) {
            throw new InvalidRequest("ahp." + name, "evaluation.ahp.order", order);
        }
        try {
            AhpWeights weights = Ahp.weigh(matrix);
            consistency.add(new AhpConsistency(name, weights.lambdaMax(), weights.ci(), weights.cr()));
            return weights.weights();
        } catch (MethodInputException refused) {
            throw MethodRefusals.named(refused, "ahp." + name);
        }
    }

    private static double[] entropy(DecisionMatrix matrix) {
        try {
            return EntropyWeights.weigh(matrix.values());
        } catch (MethodInputException refused) {
            throw MethodRefusals.named(refused, "matrix", matrix::row, matrix::column);
        }
    }

    private static Weighing combined(EvaluationSetup setup, SystemVersion version, DecisionMatrix matrix) {
        Double alpha = setup.alpha();
        if (alpha == null || !(alpha >= 0 && alpha <= 1)) {
            throw new InvalidRequest("alpha", "evaluation.weights.alpha");
        }
        Weighing ahp = ahp(setup.ahp(), version);
        try {
            return new Weighing(CombinedWeights.combine(ahp.weights(), entropy(matrix), alpha), ahp.consistency());
        } catch (MethodInputException refused) {
            throw MethodRefusals.named(refused, "weights");
        }
    }
}
