package org.mingyuan.platform.evaluation.report;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultPark;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultValue;

/**
 * One park's scorecard in an evaluation: every indicator's value, normalised score and weight, the park's rank and its
 * rank interval under perturbed weights.
 *
 * @param park the park's row of the result
 * @param lines one per indicator, in the system's order
 * @param parks how many parks the caller sees in the result; comparisons need at least two
 * @param topK the k of the park's top-k probability
 * @param best the best-ranked park the caller sees, for the radar chart; null when the caller sees one park only
 * @param illustrative true when the result holds illustrative demo scores (示例数据)
 */
public record Scorecard(
        ResultPark park,
        List<Line> lines,
        int parks,
        int topK,
        @Nullable ResultPark best,
        boolean illustrative) {

    /** Copies the lines. */
    public Scorecard {
        lines = List.copyOf(lines);
    }

    /**
     * One indicator of the scorecard.
     *
     * @param normalised the park's normalised score in [0, 1], 1 the best among the parks; null with one park only
     * @param panelMean the mean normalised score of the parks; null with one park only
     * @param bestPark the best-ranked park's normalised score; null with one park only
     */
    public record Line(
            ResultIndicator indicator,
            ResultValue value,
            @Nullable Double normalised,
            @Nullable Double panelMean,
            @Nullable Double bestPark) {}

    /** Whether the card compares the park with others (the caller sees at least two parks). */
    public boolean compared() {
        return best != null;
    }
}
