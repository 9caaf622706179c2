package org.mingyuan.platform.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Entropy weights against Xu's printed example, and the refusals of input entropy cannot weigh. */
class EntropyWeightsTests {

    @Test
    void reproducesXusPrintedWeights() {
        PublishedCase xu = PublishedCase.load("entropy-xu-2004.json");

        double[] weights = EntropyWeights.weigh(xu.matrix());

        assertThat(xu.asPrinted(weights)).containsExactly(xu.printed("weights"));
        assertThat(Arrays.stream(weights).sum()).isCloseTo(1, within(1e-12));
    }

    @Test
    void aColumnThatDiffersMoreWeighsMore() {
        double[] weights = EntropyWeights.weigh(new double[][] {{1, 10}, {2, 11}, {3, 12}});

        assertThat(weights[0]).isGreaterThan(weights[1]);
    }

    @Test
    void scalingAColumnLeavesTheWeightsAlone() {
        double[][] matrix = {{1, 10, 3}, {2, 11, 9}, {4, 30, 1}};
        double[][] scaled = {{1000, 10, 3}, {2000, 11, 9}, {4000, 30, 1}};

        assertThat(EntropyWeights.weigh(scaled)).containsExactly(EntropyWeights.weigh(matrix), within(1e-12));
    }

    @Test
    void refusesAConstantColumnByName() {
        assertThatThrownBy(() -> EntropyWeights.weigh(new double[][] {{1, 5}, {2, 5}, {3, 5}}))
                .isInstanceOfSatisfying(MethodInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("matrix[*][1]");
                    assertThat(refused.code()).isEqualTo("methods.entropy.constant");
                    assertThat(refused.wellFormed()).isTrue();
                });
    }

    @Test
    void refusesNegativeValuesAndASingleAlternative() {
        assertThatThrownBy(() -> EntropyWeights.weigh(new double[][] {{1, 5}, {2, -5}}))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("matrix[1][1]"));
        assertThatThrownBy(() -> EntropyWeights.weigh(new double[][] {{1, 5}}))
                .isInstanceOfSatisfying(
                        MethodInputException.class,
                        refused -> assertThat(refused.code()).isEqualTo("methods.matrix.tooFewRows"));
    }
}
