package org.mingyuan.platform.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultPark;

/** Builds parks' scorecards and side-by-side comparisons from a result as the caller may see it. */
public final class Scorecards {

    private Scorecards() {}

    /**
     * The scorecard of park {@code parkId}.
     *
     * @throws MissingFromResult naming {@code field} when the result as shown holds no such park
     */
    public static Scorecard of(EvaluationResult result, long parkId, String field) {
        int row = row(result, parkId, field);
        ResultPark park = result.parks().get(row);
        boolean compared = NormalisedScores.comparable(result);
        double[][] normalised = compared ? NormalisedScores.of(result) : new double[0][0];
        List<Scorecard.Line> lines = new ArrayList<>();
        for (int j = 0; j < result.indicators().size(); j++) {
            lines.add(new Scorecard.Line(
                    result.indicators().get(j),
                    park.values().get(j),
                    compared ? normalised[row][j] : null,
                    compared ? mean(normalised, j) : null,
                    compared ? normalised[best(result)][j] : null));
        }
        return new Scorecard(
                park,
                lines,
                result.parks().size(),
                result.methods().topK(),
                compared ? result.parks().get(best(result)) : null,
                result.illustrative());
    }

    /**
     * Parks {@code a} and {@code b} side by side.
     *
     * @throws InvalidRequest naming {@code b} when it is the same park as {@code a}
     * @throws MissingFromResult naming {@code a} or {@code b} when the result as shown holds no such park
     */
    public static Comparison compare(EvaluationResult result, long a, long b) {
        if (a == b) {
            throw new InvalidRequest("b", "reports.compare.same");
        }
        ResultPark left = result.parks().get(row(result, a, "a"));
        ResultPark right = result.parks().get(row(result, b, "b"));
        List<Comparison.Line> lines = new ArrayList<>();
        for (int j = 0; j < result.indicators().size(); j++) {
            lines.add(Comparison.Line.of(
                    result.indicators().get(j),
                    left.values().get(j).value(),
                    right.values().get(j).value()));
        }
        return new Comparison(left, right, lines, result.methods().topK(), result.illustrative());
    }

    private static int row(EvaluationResult result, long parkId, String field) {
        for (int i = 0; i < result.parks().size(); i++) {
            if (result.parks().get(i).parkId() == parkId) {
                return i;
            }
        }
        throw new MissingFromResult(field, parkId);
    }

    private static int best(EvaluationResult result) {
        int best = 0;
        for (int i = 1; i < result.parks().size(); i++) {
            if (result.parks().get(i).rank() < result.parks().get(best).rank()) {
                best = i;
            }
        }
        return best;
    }

    private static double mean(double[][] normalised, int column) {
        double sum = 0;
        for (double[] row : normalised) {
            sum += row[column];
        }
        return sum / normalised.length;
    }
}
