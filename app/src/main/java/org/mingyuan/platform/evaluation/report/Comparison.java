package org.mingyuan.platform.evaluation.report;

import java.util.List;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultPark;

/**
 * Two parks of one result side by side, indicator by indicator.
 *
 * @param a the left park's row
 * @param b the right park's row
 * @param lines one per indicator, in the system's order
 * @param topK the k of the parks' top-k probabilities
 * @param illustrative true when the result holds illustrative demo scores (示例数据)
 */
public record Comparison(ResultPark a, ResultPark b, List<Line> lines, int topK, boolean illustrative) {

    /** Copies the lines. */
    public Comparison {
        lines = List.copyOf(lines);
    }

    /** Which park an indicator favours, taking cost indicators (less is better) into account. */
    public enum Better {
        A,
        B,
        EQUAL
    }

    /**
     * One indicator of the comparison.
     *
     * @param difference {@code a − b} in the indicator's unit
     * @param better which park is better on this indicator
     */
    public record Line(ResultIndicator indicator, double a, double b, double difference, Better better) {

        static Line of(ResultIndicator indicator, double a, double b) {
            Better better;
            if (a == b) {
                better = Better.EQUAL;
            } else {
                better = (a > b) == indicator.benefit() ? Better.A : Better.B;
            }
            return new Line(indicator, a, b, a - b, better);
        }
    }
}
