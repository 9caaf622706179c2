package org.mingyuan.platform.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Monte-Carlo stability of a ranking: reproducible by seed, exact without perturbation, bounded in size. */
class StabilityAnalysisTests {

    private static final double[][] MATRIX = {{7, 3, 5}, {6, 6, 4}, {5, 7, 6}, {9, 1, 2}};
    private static final double[] WEIGHTS = {0.4, 0.35, 0.25};
    private static final boolean[] BENEFIT = {true, true, false};
    private static final RankingMethod TOPSIS = Topsis::rank;

    @Test
    void withoutPerturbationEveryAlternativeKeepsOneRankWithCertainty() {
        Stability stability = StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 0, 200, 1, 7);
        int[] order = Topsis.rank(MATRIX, WEIGHTS, BENEFIT).order();

        for (int position = 0; position < order.length; position++) {
            RankSpread spread = stability.alternatives().get(order[position]);
            assertThat(spread.bestRank()).isEqualTo(position + 1);
            assertThat(spread.worstRank()).isEqualTo(position + 1);
            assertThat(spread.probabilityTopK()).isEqualTo(position == 0 ? 1.0 : 0.0);
        }
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        Stability first = StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 0.5, 500, 2, 42);
        Stability again = StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 0.5, 500, 2, 42);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void perturbedWeightsSpreadTheRanksAndTheTopKSharesAddUpToK() {
        Stability stability = StabilityAnalysis.perturb(WeightedSum::rank, MATRIX, WEIGHTS, BENEFIT, 0.9, 2000, 2, 1);

        assertThat(stability.alternatives())
                .anySatisfy(spread -> assertThat(spread.worstRank()).isGreaterThan(spread.bestRank()));
        assertThat(stability.alternatives().stream()
                        .mapToDouble(RankSpread::probabilityTopK)
                        .sum())
                .isCloseTo(2, within(1e-9));
        assertThat(stability.alternatives())
                .allSatisfy(spread -> assertThat(spread.probabilityTopK()).isBetween(0.0, 1.0));
    }

    @Test
    void refusesParametersOutOfRangeNamingThem() {
        assertRefused(() -> StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 1, 10, 1, 0), "spread");
        assertRefused(() -> StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, -0.1, 10, 1, 0), "spread");
        assertRefused(() -> StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 0.1, 0, 1, 0), "draws");
        assertRefused(() -> StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 0.1, 10_001, 1, 0), "draws");
        assertRefused(() -> StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 0.1, 10, 5, 0), "topK");
        assertRefused(() -> StabilityAnalysis.perturb(TOPSIS, MATRIX, WEIGHTS, BENEFIT, 0.1, 10, 0, 0), "topK");
        double[][] large = new double[1000][100];
        double[] equal = new double[100];
        java.util.Arrays.fill(equal, 0.01);
        assertRefused(
                () -> StabilityAnalysis.perturb(TOPSIS, large, equal, new boolean[100], 0.1, 10_000, 1, 0), "draws");
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
