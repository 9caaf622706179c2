package org.mingyuan.platform.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.EvaluationSetup.RankingChoice;
import org.mingyuan.platform.evaluation.EvaluationSetup.Weighting;
import org.mingyuan.platform.evaluation.IndicatorSource;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.SystemVersion;

/**
 * Weights down the tree: AHP multiplies the categories' weights by the weights within each category, an
 * inconsistent judgement is refused naming its matrix and cell, and a system without published weights refuses
 * direct weighting unless weights are given.
 */
class WeighingTests {

    static Indicator indicator(String code) {
        return new Indicator(code, code, code, null, null, true, "%", IndicatorSource.IMPORTED, null, null, List.of());
    }

    static final SystemVersion VERSION = new SystemVersion(
            1,
            1,
            "T",
            "体系",
            "System",
            1,
            SystemVersion.VersionState.PUBLISHED,
            null,
            null,
            "officer",
            Instant.EPOCH,
            null,
            null,
            List.of(
                    new Category(
                            "A",
                            "甲",
                            "A",
                            null,
                            null,
                            null,
                            List.of(indicator("A1"), indicator("A2"), indicator("A3"))),
                    new Category("B", "乙", "B", null, null, null, List.of(indicator("B1")))));

    static EvaluationSetup ahp(Map<String, double[][]> matrices) {
        return new EvaluationSetup(
                Weighting.AHP, null, matrices, null, RankingChoice.WEIGHTED_SUM, null, null, 0.1, 10, 1, 1, null);
    }

    @Test
    void ahpWeightsMultiplyDownTheTree() {
        double[][] categories = {{1, 3}, {1.0 / 3, 1}};
        double[][] within = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};
        Weighing weighing = Weighing.of(ahp(Map.of("categories", categories, "A", within)), VERSION, null);
        // Categories 0.75 / 0.25; within A 4/7, 2/7, 1/7 (a perfectly consistent matrix).
        assertThat(weighing.weights()[0]).isCloseTo(0.75 * 4 / 7, within(1e-9));
        assertThat(weighing.weights()[2]).isCloseTo(0.75 / 7, within(1e-9));
        assertThat(weighing.weights()[3]).isCloseTo(0.25, within(1e-9));
        assertThat(weighing.consistency()).extracting(c -> c.matrix()).containsExactly("categories", "A");
    }

    @Test
    void inconsistentJudgementIsRefusedNamingItsMatrixAndCell() {
        double[][] categories = {{1, 3}, {1.0 / 3, 1}};
        double[][] within = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
        assertThatThrownBy(() -> Weighing.of(ahp(Map.of("categories", categories, "A", within)), VERSION, null))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> {
                    assertThat(refused.problems().get(0).field()).matches("ahp\\.A\\[\\d]\\[\\d]");
                    assertThat(refused.problems().get(0).code()).isEqualTo("methods.ahp.inconsistent");
                });
        assertThatThrownBy(() -> Weighing.of(ahp(Map.of("categories", categories)), VERSION, null))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refused -> assertThat(refused.problems().get(0).field()).isEqualTo("ahp.A"));
    }

    @Test
    void directWeightingNeedsPublishedOrGivenWeights() {
        var none = new EvaluationSetup(
                Weighting.DIRECT, null, null, null, RankingChoice.WEIGHTED_SUM, null, null, 0.1, 10, 1, 1, null);
        assertThatThrownBy(() -> Weighing.of(none, VERSION, null))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refused -> assertThat(refused.problems().get(0).field()).isEqualTo("weights"));
        var given = direct(Map.of("A1", 1.0, "A2", 1.0, "A3", 1.0, "B1", 1.0));
        assertThat(Weighing.of(given, VERSION, null).weights()).containsExactly(0.25, 0.25, 0.25, 0.25);
        var nonFinite = direct(Map.of("A1", Double.POSITIVE_INFINITY, "A2", 1.0, "A3", 1.0, "B1", 1.0));
        assertThatThrownBy(() -> Weighing.of(nonFinite, VERSION, null))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refused -> assertThat(refused.problems().get(0).field()).isEqualTo("weights.A1"));
    }

    @Test
    void ahpOverWhatRemainsWhenIndicatorsAreLeftOut() {
        double[][] categories = {{1, 3}, {1.0 / 3, 1}};
        double[][] within = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};
        EvaluationSetup setup = ahp(Map.of("categories", categories, "A", within));
        List<Indicator> all = VERSION.indicators();

        // A2 left out: A's matrix loses row and column 1, {{1, 4}, {1/4, 1}} → 0.8, 0.2; B keeps 0.25.
        SystemVersion withoutA2 = Narrowing.version(VERSION, List.of(all.get(0), all.get(2), all.get(3)));
        Weighing narrowed = Weighing.of(Narrowing.setup(setup, VERSION, withoutA2), withoutA2, null);
        assertThat(narrowed.weights()).containsExactly(new double[] {0.75 * 0.8, 0.75 * 0.2, 0.25}, within(1e-9));
        assertThat(narrowed.consistency()).extracting(c -> c.cr()).containsOnly(0.0);

        // B1 left out: category B drops, the categories' matrix becomes 1 × 1 and A's weights are the global ones.
        SystemVersion withoutB = Narrowing.version(VERSION, all.subList(0, 3));
        assertThat(withoutB.categories()).extracting(Category::code).containsExactly("A");
        Weighing onlyA = Weighing.of(Narrowing.setup(setup, VERSION, withoutB), withoutB, null);
        assertThat(onlyA.weights()).containsExactly(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, within(1e-9));
        assertThat(onlyA.consistency()).extracting(c -> c.matrix()).containsExactly("A");
    }

    @Test
    void directWeightsAreRenormalisedOverWhatRemains() {
        var given = direct(Map.of("A1", 1.0, "A2", 2.0, "A3", 3.0, "B1", 4.0));
        List<Indicator> all = VERSION.indicators();
        SystemVersion kept = Narrowing.version(VERSION, List.of(all.get(0), all.get(3)));
        // A1 1 and B1 4 of 5.
        assertThat(Weighing.of(Narrowing.setup(given, VERSION, kept), kept, null)
                        .weights())
                .containsExactly(new double[] {0.2, 0.8}, within(1e-12));
    }

    /** Direct weights by indicator code, ranked by weighted sum. */
    private static EvaluationSetup direct(Map<String, Double> weights) {
        return new EvaluationSetup(
                Weighting.DIRECT, weights, null, null, RankingChoice.WEIGHTED_SUM, null, null, 0.1, 10, 1, 1, null);
    }
}
