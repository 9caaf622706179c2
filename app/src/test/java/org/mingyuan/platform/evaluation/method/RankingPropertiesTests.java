package org.mingyuan.platform.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties every ranking method keeps, on a thousand random decision matrices each (seeded, so a failure repeats):
 * scaling a criterion's column changes nothing, an alternative worse on every criterion never ranks above the one it
 * is worse than, TOPSIS closeness stays in [0, 1], and weights always sum to 1.
 */
class RankingPropertiesTests {

    private static final Map<String, RankingMethod> METHODS = Map.of(
            "weighted sum", WeightedSum::rank,
            "topsis vector", (m, w, b) -> Topsis.rank(m, w, b, Normalization.VECTOR),
            "topsis minmax", (m, w, b) -> Topsis.rank(m, w, b, Normalization.MINMAX),
            "grey relational", (m, w, b) -> GreyRelational.rank(m, w, b, 0.5));

    private final Random random = new Random(20261206L);

    @Test
    void scalingAColumnByAPositiveFactorChangesNoScore() {
        for (int round = 0; round < 1000; round++) {
            Problem problem = problem();
            double[][] scaled = copy(problem.matrix());
            int column = random.nextInt(problem.weights().length);
            double factor = 0.001 + random.nextDouble() * 1000;
            for (double[] row : scaled) {
                row[column] *= factor;
            }
            METHODS.forEach((name, method) -> assertThat(method.rank(scaled, problem.weights(), problem.benefit())
                            .scores())
                    .as(name)
                    .containsExactly(
                            method.rank(problem.matrix(), problem.weights(), problem.benefit())
                                    .scores(),
                            within(1e-9)));
        }
    }

    @Test
    void anAlternativeWorseOnEveryCriterionNeverRanksAboveItsDominator() {
        for (int round = 0; round < 1000; round++) {
            Problem problem = problem();
            double[][] matrix = problem.matrix();
            int dominator = random.nextInt(matrix.length);
            int dominated = (dominator + 1 + random.nextInt(matrix.length - 1)) % matrix.length;
            for (int j = 0; j < matrix[0].length; j++) {
                double worse = 1 + random.nextDouble() * 5;
                matrix[dominated][j] = matrix[dominator][j] + (problem.benefit()[j] ? -worse : worse);
            }
            METHODS.forEach((name, method) -> {
                List<Integer> order = Arrays.stream(method.rank(matrix, problem.weights(), problem.benefit())
                                .order())
                        .boxed()
                        .toList();
                assertThat(order.indexOf(dominator)).as(name).isLessThan(order.indexOf(dominated));
            });
        }
    }

    @Test
    void topsisClosenessStaysBetweenZeroAndOne() {
        for (int round = 0; round < 1000; round++) {
            Problem problem = problem();
            for (Normalization normalization : Normalization.values()) {
                double[] closeness = Topsis.rank(problem.matrix(), problem.weights(), problem.benefit(), normalization)
                        .scores();
                assertThat(Arrays.stream(closeness).boxed().toList())
                        .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
            }
        }
    }

    @Test
    void weightsAlwaysSumToOne() {
        for (int round = 0; round < 1000; round++) {
            Problem problem = problem();
            double[][] positive = copy(problem.matrix());
            for (double[] row : positive) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = Math.abs(row[j]) + random.nextDouble();
                }
            }
            double[] entropy = EntropyWeights.weigh(positive);
            double[] combined = CombinedWeights.combine(problem.weights(), entropy, random.nextDouble());
            assertThat(Arrays.stream(entropy).sum()).isCloseTo(1, within(1e-9));
            assertThat(Arrays.stream(combined).sum()).isCloseTo(1, within(1e-9));
            assertThat(Arrays.stream(entropy).boxed().toList())
                    .allSatisfy(w -> assertThat(w).isBetween(0.0, 1.0));
        }
    }

    /** A random decision problem: 2 to 12 alternatives, 1 to 8 criteria, positive weights summing to 1. */
    private Problem problem() {
        int m = 2 + random.nextInt(11);
        int n = 1 + random.nextInt(8);
        double[][] matrix = new double[m][n];
        for (double[] row : matrix) {
            for (int j = 0; j < n; j++) {
                row[j] = (random.nextDouble() - 0.3) * 100;
            }
        }
        double[] weights = new double[n];
        boolean[] benefit = new boolean[n];
        for (int j = 0; j < n; j++) {
            weights[j] = 0.05 + random.nextDouble();
            benefit[j] = random.nextBoolean();
        }
        double sum = Arrays.stream(weights).sum();
        for (int j = 0; j < n; j++) {
            weights[j] /= sum;
        }
        return new Problem(matrix, weights, benefit);
    }

    private static double[][] copy(double[][] matrix) {
        return Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    private record Problem(double[][] matrix, double[] weights, boolean[] benefit) {}
}
