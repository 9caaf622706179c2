package org.mingyuan.platform.evaluation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The request and response bodies of {@link MethodApi}. */
final class MethodBodies {

    private MethodBodies() {}

    /** An AHP pairwise comparison matrix. */
    record AhpRequest(@Nullable List<@Nullable List<@Nullable Double>> matrix) {}

    /** AHP weights with λmax, CI, CR and whether CR is below 0.10. */
    record AhpResult(double[] weights, double lambdaMax, double ci, double cr, boolean consistent) {}

    /** A decision matrix to weigh by entropy: rows are alternatives, columns criteria. */
    record EntropyRequest(@Nullable List<@Nullable List<@Nullable Double>> matrix) {}

    /** Weights, one per criterion, summing to 1. */
    record WeightsResult(double[] weights) {}

    /**
     * A TOPSIS ranking request.
     *
     * @param normalization {@code vector} (the default) or {@code minmax}
     */
    record TopsisRequest(
            @Nullable List<@Nullable List<@Nullable Double>> matrix,
            @Nullable List<@Nullable Double> weights,
            @Nullable List<@Nullable Boolean> benefit,
            @Nullable String normalization) {}

    /** TOPSIS closeness per alternative and the alternatives' zero-based indices, best first. */
    record TopsisResult(double[] scores, int[] ranking) {}

    /**
     * A grey relational ranking request.
     *
     * @param rho the distinguishing coefficient in (0, 1], 0.5 when absent
     * @param weights one per criterion summing to 1; equal weights when absent
     */
    record GraRequest(
            @Nullable List<@Nullable List<@Nullable Double>> matrix,
            @Nullable List<@Nullable Boolean> benefit,
            @Nullable Double rho,
            @Nullable List<@Nullable Double> weights) {}

    /** Grey relational grades per alternative and the alternatives' zero-based indices, best first. */
    record GraResult(double[] grades, int[] ranking) {}

    /**
     * A stability analysis request.
     *
     * @param method {@code topsis}, {@code gra} or {@code wsm} (weighted sum)
     * @param spread relative perturbation of each weight in [0, 1), 0.10 when absent
     * @param draws 1 to 10,000, 1,000 when absent
     * @param topK 1 to the number of alternatives, 1 when absent
     * @param seed the random seed, 0 when absent; the same seed gives the same answer
     * @param normalization for topsis: {@code vector} (the default) or {@code minmax}
     * @param rho for gra: the distinguishing coefficient, 0.5 when absent
     */
    record StabilityRequest(
            @Nullable String method,
            @Nullable List<@Nullable List<@Nullable Double>> matrix,
            @Nullable List<@Nullable Double> weights,
            @Nullable List<@Nullable Boolean> benefit,
            @Nullable Double spread,
            @Nullable Integer draws,
            @Nullable Integer topK,
            @Nullable Long seed,
            @Nullable String normalization,
            @Nullable Double rho) {}

    /** One alternative's ranks over the draws: best and worst (1 is first) and the share of draws in the top k. */
    record AlternativeSpread(int alternative, int bestRank, int worstRank, double probabilityTopK) {}

    /** The stability of a ranking, per alternative in the matrix's row order, with the parameters used. */
    record StabilityResult(List<AlternativeSpread> alternatives, double spread, int draws, int topK, long seed) {}
}
