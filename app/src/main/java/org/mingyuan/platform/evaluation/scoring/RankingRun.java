package org.mingyuan.platform.evaluation.scoring;

import org.mingyuan.platform.evaluation.EvaluationSetup;
import org.mingyuan.platform.evaluation.method.GreyRelational;
import org.mingyuan.platform.evaluation.method.MethodInputException;
import org.mingyuan.platform.evaluation.method.Normalization;
import org.mingyuan.platform.evaluation.method.Ranking;
import org.mingyuan.platform.evaluation.method.RankingMethod;
import org.mingyuan.platform.evaluation.method.Stability;
import org.mingyuan.platform.evaluation.method.StabilityAnalysis;
import org.mingyuan.platform.evaluation.method.Topsis;
import org.mingyuan.platform.evaluation.method.WeightedSum;

/**
 * Ranks the parks of a decision matrix with the set-up's method and tests the ranking's stability under perturbed
 * weights with the same method.
 */
public record RankingRun(Ranking ranking, Stability stability) {

    /** Ranks {@code matrix} with {@code weights} as {@code setup} says. */
    public static RankingRun of(EvaluationSetup setup, DecisionMatrix matrix, double[] weights) {
        RankingMethod method = method(setup);
        double[][] values = matrix.values();
        boolean[] benefit = matrix.benefit();
        try {
            Ranking ranking = method.rank(values, weights, benefit);
            Stability stability = StabilityAnalysis.perturb(
                    method, values, weights, benefit, setup.spread(), setup.draws(), setup.topK(), setup.seed());
            return new RankingRun(ranking, stability);
        } catch (MethodInputException refused) {
            throw MethodRefusals.named(refused, "matrix", matrix::row, matrix::column);
        }
    }

    /** The ranking method the set-up names, with its parameters. */
    static RankingMethod method(EvaluationSetup setup) {
        return switch (setup.ranking()) {
            case WEIGHTED_SUM -> WeightedSum::rank;
            case TOPSIS -> {
                Normalization normalization = setup.normalization() == EvaluationSetup.Scaling.MINMAX
                        ? Normalization.MINMAX
                        : Normalization.VECTOR;
                yield (m, w, b) -> Topsis.rank(m, w, b, normalization);
            }
            case GREY_RELATIONAL -> {
                double rho = setup.rho() == null ? GreyRelational.DEFAULT_RHO : setup.rho();
                yield (m, w, b) -> GreyRelational.rank(m, w, b, rho);
            }
        };
    }
}
