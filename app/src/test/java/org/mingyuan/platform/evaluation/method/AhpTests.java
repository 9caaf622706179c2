package org.mingyuan.platform.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * AHP against Saaty's own printed examples (priorities, λmax, CI and CR to the printed precision), and the refusals of
 * a matrix that is not a reciprocal judgement matrix or is too inconsistent.
 */
class AhpTests {

    @Test
    void reproducesSaatysDrinkExample() {
        PublishedCase drinks = PublishedCase.load("ahp-saaty-2008-drinks.json");

        AhpWeights ahp = Ahp.weigh(drinks.matrix());

        assertThat(drinks.asPrinted(ahp.weights())).containsExactly(drinks.printed("weights"));
        assertThat(drinks.asPrinted(ahp.cr())).isEqualTo(drinks.printedValue("cr"));
        assertThat(ahp.consistent()).isTrue();
    }

    @Test
    void reproducesSaatysHouseExampleFiguresAndRefusesItsCriteriaMatrix() {
        PublishedCase house = PublishedCase.load("ahp-saaty-1990-house.json");

        AhpWeights measured = Ahp.measure(house.matrix());

        assertThat(house.asPrinted(measured.weights())).containsExactly(house.printed("weights"));
        assertThat(house.asPrinted(measured.lambdaMax())).isEqualTo(house.printedValue("lambdaMax"));
        assertThat(house.asPrinted(measured.ci())).isEqualTo(house.printedValue("ci"));
        assertThat(house.asPrinted(measured.cr())).isEqualTo(house.printedValue("cr"));
        assertThat(measured.consistent()).isFalse();
        assertThatThrownBy(() -> Ahp.weigh(house.matrix()))
                .isInstanceOfSatisfying(MethodInputException.class, refused -> {
                    // neighbourhood against general condition, 6, where the weights say about 1.13
                    assertThat(refused.field()).isEqualTo("matrix[2][6]");
                    assertThat(refused.wellFormed()).isTrue();
                    assertThat(refused.args()).containsExactly("0.169", "6", "1.13");
                    assertThat(refused.reason()).contains("CR = 0.169", "about 1.13");
                });
    }

    @Test
    void aConsistentMatrixGivesItsRatiosExactly() {
        double[][] consistent = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};

        AhpWeights ahp = Ahp.weigh(consistent);

        assertThat(ahp.weights()[0]).isCloseTo(4 / 7.0, within(1e-12));
        assertThat(ahp.weights()[1]).isCloseTo(2 / 7.0, within(1e-12));
        assertThat(ahp.weights()[2]).isCloseTo(1 / 7.0, within(1e-12));
        assertThat(ahp.lambdaMax()).isCloseTo(3, within(1e-9));
        assertThat(ahp.cr()).isCloseTo(0, within(1e-9));
    }

    @Test
    void ordersOneAndTwoAreAlwaysConsistent() {
        assertThat(Ahp.weigh(new double[][] {{1}}).weights()).containsExactly(1.0);
        AhpWeights two = Ahp.weigh(new double[][] {{1, 3}, {1 / 3.0, 1}});
        assertThat(two.weights()[0]).isCloseTo(0.75, within(1e-12));
        assertThat(two.cr()).isZero();
    }

    @Test
    void refusesWhatIsNotAReciprocalJudgementMatrix() {
        assertRefused(new double[][] {{1, 3}, {0.5, 1}}, "matrix[1][0]", "methods.ahp.notReciprocal");
        assertRefused(new double[][] {{2, 1}, {1, 1}}, "matrix[0][0]", "methods.ahp.diagonal");
        assertRefused(new double[][] {{1, 12}, {1 / 12.0, 1}}, "matrix[0][1]", "methods.ahp.scale");
        assertRefused(new double[][] {{1, -3}, {-1 / 3.0, 1}}, "matrix[0][1]", "methods.ahp.scale");
        assertRefused(new double[][] {{1, Double.NaN}, {1, 1}}, "matrix[0][1]", "methods.value.nonFinite");
        assertRefused(
                new double[][] {{1, Double.POSITIVE_INFINITY}, {0, 1}}, "matrix[0][1]", "methods.value.nonFinite");
        assertRefused(new double[][] {{1, 3}, {1 / 3.0}}, "matrix[1]", "methods.ahp.notSquare");
        assertRefused(new double[][] {{1, 3}, null}, "matrix[1]", "methods.ahp.notSquare");
        assertRefused(new double[0][], "matrix", "methods.matrix.missing");
        assertRefused(null, "matrix", "methods.matrix.missing");
    }

    @Test
    void acceptsRoundedReciprocalsWithinOnePercent() {
        assertThat(Ahp.weigh(new double[][] {{1, 3}, {0.333, 1}}).weights()[0]).isCloseTo(0.75, within(1e-3));
    }

    @Test
    void refusesAnOrderBeyondSaatysRandomIndexTableBeforeAnyWork() {
        double[][] eleven = new double[11][11];
        for (double[] row : eleven) {
            java.util.Arrays.fill(row, 1);
        }
        assertRefused(eleven, "matrix", "methods.ahp.tooLarge");
        assertRefused(new double[5000][], "matrix", "methods.ahp.tooLarge");
    }

    private static void assertRefused(double[][] matrix, String field, String code) {
        assertThatThrownBy(() -> Ahp.weigh(matrix)).isInstanceOfSatisfying(MethodInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.wellFormed()).isFalse();
            assertThat(refused.reason()).isNotBlank();
        });
    }
}
