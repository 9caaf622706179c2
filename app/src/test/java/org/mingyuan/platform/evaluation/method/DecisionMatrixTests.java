package org.mingyuan.platform.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The checks every method applies to a decision matrix, seen through the weighted sum, and the weighted sum and the
 * combined weights worked by hand.
 */
class DecisionMatrixTests {

    private static final double[] ONE = {1};
    private static final boolean[] MORE = {true};

    /** Min-max: benefit 0, 5, 10 → 0, 0.5, 1; cost 30, 20, 10 → 0, 0.5, 1; weights 0.7 / 0.3 → 0, 0.5, 1. */
    @Test
    void weightedSumWorkedByHand() {
        Ranking ranking = WeightedSum.rank(
                new double[][] {{0, 30}, {5, 20}, {10, 10}}, new double[] {0.7, 0.3}, new boolean[] {true, false});

        assertThat(ranking.scores()).containsExactly(new double[] {0, 0.5, 1}, within(1e-12));
        assertThat(ranking.order()).containsExactly(2, 1, 0);
    }

    @Test
    void combinedWeightsMixByAlpha() {
        assertThat(CombinedWeights.combine(new double[] {0.6, 0.4}, new double[] {0.2, 0.8}, 0.25))
                .containsExactly(new double[] {0.3, 0.7}, within(1e-12));
        assertThatThrownBy(() -> CombinedWeights.combine(new double[] {1}, new double[] {1}, 1.5))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("alpha"));
        assertThatThrownBy(() -> CombinedWeights.combine(new double[] {1}, new double[] {0.5, 0.5}, 0.5))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("objective"));
    }

    @Test
    void refusesBrokenMatricesNamingWhere() {
        assertRefused(null, "matrix", "methods.matrix.missing");
        assertRefused(new double[0][], "matrix", "methods.matrix.tooFewRows");
        assertRefused(new double[][] {{}}, "matrix[0]", "methods.matrix.emptyRow");
        assertRefused(new double[][] {{1}, {2, 3}}, "matrix[1]", "methods.matrix.ragged");
        assertRefused(new double[][] {{1}, null}, "matrix[1]", "methods.matrix.missingRow");
        assertRefused(new double[][] {{1}, {Double.NaN}}, "matrix[1][0]", "methods.value.nonFinite");
        assertRefused(new double[][] {{Double.POSITIVE_INFINITY}}, "matrix[0][0]", "methods.value.nonFinite");
        assertRefused(new double[][] {{1}, {-1e16}}, "matrix[1][0]", "methods.value.tooLarge");
        assertRefused(new double[1001][1], "matrix", "methods.matrix.tooManyRows");
        assertRefused(new double[][] {new double[101]}, "matrix[0]", "methods.matrix.tooManyColumns");
    }

    @Test
    void theEnglishReasonSaysWhatWasGotAndWanted() {
        assertThatThrownBy(() -> WeightedSum.rank(new double[][] {{1}, {2, 3}}, ONE, MORE))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo("This row has 2 values; like the first row it should have 1."));
    }

    private static void assertRefused(double[][] matrix, String field, String code) {
        assertThatThrownBy(() -> WeightedSum.rank(matrix, ONE, MORE))
                .isInstanceOfSatisfying(MethodInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.code()).isEqualTo(code);
                });
    }
}
