package org.mingyuan.platform.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Grey relational analysis against Yıldırım and Önder's printed example (min-max to an ideal of 1, Δmin and Δmax over
 * the whole matrix, weighted grades), and on cases small enough to work on paper; the general properties are in
 * {@link RankingPropertiesTests}.
 */
class GreyRelationalTests {

    @Test
    void reproducesThePrintedGradesOfYildirimAndOnder() {
        PublishedCase example = PublishedCase.load("gra-yildirim-onder-2015.json");

        Ranking ranking = GreyRelational.rank(
                example.matrix(), example.numbers("weights"), example.benefit(), GreyRelational.DEFAULT_RHO);

        assertThat(example.asPrinted(ranking.scores())).containsExactly(example.printed("grades"));
        assertThat(ranking.order()).containsExactly(1, 4, 3, 2, 0);
    }

    /**
     * Two benefit criteria: rows (1, 0), (0, 1), (0.5, 0.5) are already normalised; Δ is (0, 1), (1, 0), (0.5, 0.5),
     * Δmin = 0, Δmax = 1, so with ρ = 0.5 the coefficient is 0.5 / (Δ + 0.5): (1, 1/3), (1/3, 1), (1/2, 1/2); the
     * equal-weight grades are 2/3, 2/3 and 1/2.
     */
    @Test
    void gradesWorkedByHand() {
        Ranking ranking =
                GreyRelational.rank(new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}}, null, new boolean[] {true, true}, 0.5);

        assertThat(ranking.scores()).containsExactly(new double[] {2 / 3.0, 2 / 3.0, 0.5}, within(1e-12));
        assertThat(ranking.order()).containsExactly(0, 1, 2);
    }

    /** The same matrix weighted 0.8 / 0.2: grades 0.8 + 0.2/3, 0.8/3 + 0.2 and 1/2. */
    @Test
    void weightsShiftTheGrades() {
        Ranking ranking = GreyRelational.rank(
                new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}}, new double[] {0.8, 0.2}, new boolean[] {true, true}, 0.5);

        assertThat(ranking.scores()).containsExactly(new double[] {0.8 + 0.2 / 3, 0.8 / 3 + 0.2, 0.5}, within(1e-12));
        assertThat(ranking.order()).containsExactly(0, 2, 1);
    }

    /** A cost column: 10 and 20 normalise to 1 and 0, so the cheaper alternative has grade 1 and the dearer ρ/(1+ρ). */
    @Test
    void aCostCriterionPrefersLess() {
        Ranking ranking = GreyRelational.rank(new double[][] {{20}, {10}}, null, new boolean[] {false}, 0.5);

        assertThat(ranking.scores()).containsExactly(new double[] {1 / 3.0, 1}, within(1e-12));
    }

    @Test
    void refusesRhoOutsideZeroToOne() {
        for (double rho : new double[] {0, -0.5, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> GreyRelational.rank(new double[][] {{1}, {2}}, null, new boolean[] {true}, rho))
                    .isInstanceOfSatisfying(
                            MethodInputException.class,
                            refused -> assertThat(refused.field()).isEqualTo("rho"));
        }
    }
}
