package org.mingyuan.platform.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** TOPSIS against Papathanasiou and Ploskas's printed example, and by hand on cost criteria and min-max. */
class TopsisTests {

    @Test
    void reproducesThePrintedClosenessOfPapathanasiouAndPloskas() {
        PublishedCase example = PublishedCase.load("topsis-papathanasiou-ploskas-2018.json");

        Ranking ranking = Topsis.rank(example.matrix(), example.numbers("weights"), example.benefit());

        assertThat(example.asPrinted(ranking.scores())).containsExactly(example.printed("closeness"));
        assertThat(ranking.order()).containsExactly(4, 3, 5, 2, 0, 1);
    }

    /**
     * Worked by hand: one cost criterion, values 1 and 3, vector norm √10; the cheaper alternative is the ideal and
     * the dearer the anti-ideal, so their closeness is 1 and 0.
     */
    @Test
    void aCostCriterionPrefersLess() {
        Ranking ranking = Topsis.rank(new double[][] {{3}, {1}}, new double[] {1}, new boolean[] {false});

        assertThat(ranking.scores()).containsExactly(new double[] {0, 1}, within(1e-12));
        assertThat(ranking.order()).containsExactly(1, 0);
    }

    /**
     * Worked by hand with min-max normalisation: benefit column 0, 5, 10 becomes 0, 0.5, 1 and cost column 30, 20,
     * 10 becomes 0, 0.5, 1; with equal weights the middle alternative is halfway, closeness 0.5.
     */
    @Test
    void minMaxNormalisationTurnsCostsAround() {
        Ranking ranking = Topsis.rank(
                new double[][] {{0, 30}, {5, 20}, {10, 10}},
                new double[] {0.5, 0.5},
                new boolean[] {true, false},
                Normalization.MINMAX);

        assertThat(ranking.scores()).containsExactly(new double[] {0, 0.5, 1}, within(1e-12));
    }

    @Test
    void identicalAlternativesTieAtOneHalf() {
        Ranking ranking =
                Topsis.rank(new double[][] {{2, 3}, {2, 3}}, new double[] {0.5, 0.5}, new boolean[] {true, true});

        assertThat(ranking.scores()).containsExactly(0.5, 0.5);
        assertThat(ranking.order()).containsExactly(0, 1);
    }

    @Test
    void refusesMismatchedWeightsAndDirections() {
        double[][] matrix = {{1, 2}, {3, 4}};
        assertThatThrownBy(() -> Topsis.rank(matrix, new double[] {1}, new boolean[] {true, true}))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("weights"));
        assertThatThrownBy(() -> Topsis.rank(matrix, new double[] {0.5, 0.5}, new boolean[] {true}))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("benefit"));
        assertThatThrownBy(() -> Topsis.rank(matrix, new double[] {0.6, 0.6}, new boolean[] {true, true}))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.code()).isEqualTo("methods.weights.sum"));
        assertThatThrownBy(() -> Topsis.rank(matrix, new double[] {1.5, -0.5}, new boolean[] {true, true}))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("weights[0]"));
    }
}
