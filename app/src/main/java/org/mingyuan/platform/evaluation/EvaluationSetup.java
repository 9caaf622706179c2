package org.mingyuan.platform.evaluation;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How an evaluation weighs, ranks and tests its ranking's stability.
 *
 * @param weighting how the indicators' weights are found
 * @param weights for DIRECT, the weight of each indicator by code (normalised to add up to 1); null takes the
 *     system's published weights (category weight × weight within the category)
 * @param ahp for AHP and COMBINED, the pairwise matrices: {@code categories} for the categories, and one per category
 *     by the category's code, rows and columns in the system's order; a category of one indicator needs none
 * @param alpha for COMBINED, the share of the AHP weights in α·AHP + (1−α)·entropy, in [0, 1]
 * @param ranking how the parks are scored
 * @param normalization for TOPSIS, VECTOR (default) or MINMAX
 * @param rho for grey relational analysis, the distinguishing coefficient in (0, 1], 0.5 by default
 * @param spread the relative perturbation of every weight in the stability analysis, e.g. 0.10 for ±10 %
 * @param draws how many perturbed weight vectors are drawn
 * @param topK the k of the probability of a top-k place
 * @param seed the seed of the draws, so a computation can be repeated exactly
 * @param incompleteLiveIndicators what to do with a platform indicator the platform holds no figure for in some
 *     evaluated park: REFUSE (the default, also when absent) or LEAVE_OUT of the computation
 */
public record EvaluationSetup(
        Weighting weighting,
        @Nullable Map<String, Double> weights,
        @Nullable Map<String, double[][]> ahp,
        @Nullable Double alpha,
        RankingChoice ranking,
        @Nullable Scaling normalization,
        @Nullable Double rho,
        double spread,
        int draws,
        int topK,
        long seed,
        IncompleteLive incompleteLiveIndicators) {

    /** Takes REFUSE when no choice is given for incomplete platform indicators. */
    public EvaluationSetup {
        incompleteLiveIndicators = incompleteLiveIndicators == null ? IncompleteLive.REFUSE : incompleteLiveIndicators;
    }

    /** The default of the stability analysis: ±10 % on every weight. */
    public static final double SPREAD = 0.10;

    /** The default number of perturbed draws. */
    public static final int DRAWS = 1000;

    /** The default k of the top-k probability. */
    public static final int TOP_K = 3;

    /** The default seed. */
    public static final long SEED = 20261206L;

    /** The name of the AHP matrix of the categories. */
    public static final String CATEGORIES = "categories";

    /** How the indicators' weights are found. */
    public enum Weighting {
        /** Given weights, or the system's published ones. */
        DIRECT,
        /** The analytic hierarchy process: a pairwise matrix per category and one for the categories. */
        AHP,
        /** Entropy weights from the decision matrix. */
        ENTROPY,
        /** α·AHP + (1−α)·entropy. */
        COMBINED
    }

    /** How the parks are scored. */
    public enum RankingChoice {
        /** The weighted sum of min-max normalised values. */
        WEIGHTED_SUM,
        /** TOPSIS: closeness to the ideal. */
        TOPSIS,
        /** Grey relational analysis. */
        GREY_RELATIONAL
    }

    /** TOPSIS's normalisation. */
    public enum Scaling {
        VECTOR,
        MINMAX
    }

    /** What to do with a platform indicator that lacks a figure for some evaluated park. */
    public enum IncompleteLive {
        /** Refuse the computation, naming each missing value. */
        REFUSE,
        /** Leave the indicator out of this computation (缺数指标不参评); the result lists it and the parks lacking it. */
        LEAVE_OUT
    }

    /** The default set-up: the system's weights, the weighted sum, ±10 %, 1,000 draws, top 3. */
    public static EvaluationSetup defaults() {
        return new EvaluationSetup(
                Weighting.DIRECT,
                null,
                null,
                null,
                RankingChoice.WEIGHTED_SUM,
                null,
                null,
                SPREAD,
                DRAWS,
                TOP_K,
                SEED,
                IncompleteLive.REFUSE);
    }
}
