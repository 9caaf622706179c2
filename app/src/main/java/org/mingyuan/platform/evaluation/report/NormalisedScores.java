package org.mingyuan.platform.evaluation.report;

import java.util.List;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultPark;

/**
 * Each value of a result scaled to [0, 1] by min–max over the result's parks, turned so that 1 is always the best: a
 * benefit indicator's largest value and a cost indicator's smallest score 1. An indicator on which all parks agree
 * scores 1 for all. Needs at least two parks; with fewer there is nothing to compare against.
 */
final class NormalisedScores {

    private NormalisedScores() {}

    /** Whether {@code result} holds enough parks to normalise: at least two. */
    static boolean comparable(EvaluationResult result) {
        return result.parks().size() >= 2;
    }

    /** The normalised scores of every park, rows in the result's park order, columns in its indicator order. */
    static double[][] of(EvaluationResult result) {
        List<ResultIndicator> indicators = result.indicators();
        List<ResultPark> parks = result.parks();
        double[][] scores = new double[parks.size()][indicators.size()];
        for (int j = 0; j < indicators.size(); j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (ResultPark park : parks) {
                double v = park.values().get(j).value();
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            boolean benefit = indicators.get(j).benefit();
            for (int i = 0; i < parks.size(); i++) {
                double v = parks.get(i).values().get(j).value();
                scores[i][j] = max == min ? 1.0 : (benefit ? v - min : max - v) / (max - min);
            }
        }
        return scores;
    }
}
