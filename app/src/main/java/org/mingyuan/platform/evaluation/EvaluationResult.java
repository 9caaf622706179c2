package org.mingyuan.platform.evaluation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stored snapshot of one computation of an evaluation: the decision matrix with each value's source, the weights,
 * the scores, the ranking and its stability, the exact system version and the methods used, who computed it and when.
 * A snapshot never changes once stored; computing again stores a new one.
 *
 * @param evaluation the evaluation this result belongs to
 * @param name the evaluation's name
 * @param system the indicator system version the evaluation used
 * @param categories the categories of the system, in the system's order, with their weights
 * @param indicators the indicators (the matrix's columns), in the system's order, with their global weights
 * @param parks the parks (the matrix's rows), best first: {@code parks.get(0).rank() == 1}
 * @param methods the weighting, ranking and stability methods and their parameters
 * @param panel the expert panel as used: who was kept and who was excluded, with the outlier figures; empty when the
 *     system has no expert indicator
 * @param leftOut the platform indicators of the system this computation left out because the platform held no
 *     figure for some evaluated park (set-up {@code LEAVE_OUT}); their weights went to the remaining indicators.
 *     Empty when the whole system was used
 * @param illustrative true when the values include illustrative demo scores (示例数据); reports must say so
 * @param published true once an official published this result to the parks' operators
 */
public record EvaluationResult(
        EvaluationId evaluation,
        String name,
        SystemVersionRef system,
        List<ResultCategory> categories,
        List<ResultIndicator> indicators,
        List<ResultPark> parks,
        ResultMethods methods,
        List<PanelMember> panel,
        List<LeftOutIndicator> leftOut,
        boolean illustrative,
        boolean published,
        String computedBy,
        Instant computedAt) {

    /** Copies the lists. */
    public EvaluationResult {
        categories = List.copyOf(categories);
        indicators = List.copyOf(indicators);
        parks = List.copyOf(parks);
        panel = List.copyOf(panel);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /**
     * The exact version of an indicator system.
     *
     * @param versionId the stored version's id
     * @param code the system's code, e.g. {@code CRIC_MODEL_PARK}
     * @param version the version number, 1 for the first published version
     */
    public record SystemVersionRef(long versionId, String code, String nameZh, String nameEn, int version) {}

    /**
     * A category (一级指标) with its weight among the categories; its indicators' global weights add up to it.
     *
     * @param weight the category's weight, the sum of its indicators' weights; the categories' weights add up to 1
     */
    public record ResultCategory(String code, String nameZh, String nameEn, double weight) {}

    /**
     * An indicator (a column of the matrix) with its global weight.
     *
     * @param category the code of its category
     * @param unit the unit of its values, e.g. {@code %}, {@code 天}, {@code 分} for rubric scores
     * @param benefit true when more is better, false for a cost indicator
     * @param weight its global weight; all indicators' weights add up to 1
     */
    public record ResultIndicator(
            String code,
            String category,
            String nameZh,
            String nameEn,
            String unit,
            boolean benefit,
            IndicatorSource source,
            double weight) {}

    /**
     * A park (a row of the matrix) with its values, score, rank and stability.
     *
     * @param values one per indicator, in the order of {@link EvaluationResult#indicators()}
     * @param score the ranking method's score (higher is better)
     * @param rank the 1-based rank, 1 the best
     * @param bestRank the best rank seen under perturbed weights (1-based)
     * @param worstRank the worst rank seen under perturbed weights (1-based)
     * @param probabilityTopK the share of perturbed draws that placed the park in the top k
     */
    public record ResultPark(
            long parkId,
            String code,
            String nameZh,
            String nameEn,
            List<ResultValue> values,
            double score,
            int rank,
            int bestRank,
            int worstRank,
            double probabilityTopK) {

        /** Copies the values. */
        public ResultPark {
            values = List.copyOf(values);
        }
    }

    /**
     * One value of the decision matrix and where it came from.
     *
     * @param value the value in the indicator's unit (for expert indicators the panel mean of the rubric scores)
     * @param source where it came from
     * @param experts for an expert indicator, how many kept experts' scores were averaged; 0 otherwise
     */
    public record ResultValue(double value, IndicatorSource source, int experts) {}

    /**
     * The methods and parameters of the computation.
     *
     * @param weighting DIRECT, AHP, ENTROPY or COMBINED
     * @param alpha for COMBINED, the share of the AHP weights (w = α·AHP + (1−α)·entropy); null otherwise
     * @param ahpConsistency for AHP and COMBINED, the consistency ratio of each pairwise matrix by its name
     *     ({@code categories} or a category's code); empty otherwise
     * @param ranking WEIGHTED_SUM, TOPSIS or GREY_RELATIONAL
     * @param normalization for TOPSIS, VECTOR or MINMAX; null otherwise
     * @param rho for grey relational analysis, the distinguishing coefficient; null otherwise
     * @param spread the relative perturbation of the weights in the stability analysis, e.g. 0.10 for ±10 %
     * @param draws the number of perturbed draws
     * @param topK the k of {@link ResultPark#probabilityTopK()}
     * @param seed the random seed, so the stability figures can be reproduced
     */
    public record ResultMethods(
            String weighting,
            @Nullable Double alpha,
            List<AhpConsistency> ahpConsistency,
            String ranking,
            @Nullable String normalization,
            @Nullable Double rho,
            double spread,
            int draws,
            int topK,
            long seed) {

        /** Copies the list. */
        public ResultMethods {
            ahpConsistency = List.copyOf(ahpConsistency);
        }
    }

    /**
     * A platform indicator left out of the computation because the platform held no figure for some evaluated parks.
     *
     * @param category the code of its category
     * @param parks the evaluated parks the platform holds no figure for
     */
    public record LeftOutIndicator(
            String code, String category, String nameZh, String nameEn, List<MissingPark> parks) {

        /** Copies the parks. */
        public LeftOutIndicator {
            parks = List.copyOf(parks);
        }
    }

    /** A park lacking a platform figure. */
    public record MissingPark(long parkId, String code, String nameZh, String nameEn) {}

    /** The consistency of one AHP pairwise matrix: {@code matrix} is {@code categories} or a category's code. */
    public record AhpConsistency(String matrix, double lambdaMax, double ci, double cr) {}

    /**
     * An expert of the panel as the computation used it.
     *
     * @param deviation the leave-one-out deviation: the mean absolute difference between the expert's scores and
     *     the other experts' median, as a share of each indicator's rubric range; null when fewer than three experts
     *     scored
     * @param flagged true when {@code deviation} exceeds the panel's threshold
     * @param excluded true when an official excluded the expert's scores
     */
    public record PanelMember(
            String username, int scores, @Nullable Double deviation, boolean flagged, boolean excluded) {}
}
