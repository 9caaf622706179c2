package org.mingyuan.platform.evaluation.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.Score;

/**
 * Tells whether each expert's scores lie far from the rest of the panel, by a leave-one-out test: for every park and
 * indicator the expert scored that at least one other expert scored too, the absolute difference between the
 * expert's score and the median of the others' scores (a median, so one far-off expert does not drag the others'
 * reference away), divided by the indicator's rubric range (highest minus lowest
 * level score); the expert's deviation is the mean of these shares. An expert whose deviation exceeds
 * {@value #THRESHOLD} (a quarter of the rubric's range) is flagged. The test needs at least {@value #MIN_EXPERTS}
 * experts who scored: with two, each is as far from the other as the other is from them.
 */
public final class PanelAgreement {

    /** The deviation beyond which an expert is flagged: a quarter of the rubric's range. */
    public static final double THRESHOLD = 0.25;

    /** The fewest experts with scores for the test to say anything. */
    public static final int MIN_EXPERTS = 3;

    private PanelAgreement() {}

    /**
     * One expert's figures.
     *
     * @param scores how many scores the expert gave
     * @param compared how many of them could be compared with other experts' scores
     * @param deviation the leave-one-out deviation as a share of the rubric range; null when fewer than
     *     {@link #MIN_EXPERTS} experts scored or none of the expert's scores could be compared
     * @param flagged true when {@code deviation} exceeds {@link #THRESHOLD}
     */
    public record ExpertAgreement(
            String username,
            int scores,
            int compared,
            @Nullable Double deviation,
            boolean flagged) {}

    /**
     * The figures of every expert in {@code panel}, in the panel's order.
     *
     * @param ranges the rubric range of each expert indicator by code; indicators with no positive range are skipped
     */
    public static List<ExpertAgreement> of(List<String> panel, List<Score> scores, Map<String, Double> ranges) {
        Map<String, Map<String, Double>> byCell = new HashMap<>();
        for (Score score : scores) {
            byCell.computeIfAbsent(score.parkId() + "/" + score.indicator(), cell -> new HashMap<>())
                    .put(score.username(), score.score());
        }
        long scoring = scores.stream().map(Score::username).distinct().count();
        List<ExpertAgreement> figures = new ArrayList<>();
        for (String expert : panel.stream().distinct().toList()) {
            figures.add(expert(expert, scores, byCell, ranges, scoring >= MIN_EXPERTS));
        }
        return figures;
    }

    private static ExpertAgreement expert(
            String expert,
            List<Score> scores,
            Map<String, Map<String, Double>> byCell,
            Map<String, Double> ranges,
            boolean enoughExperts) {
        int given = 0;
        int compared = 0;
        double sum = 0;
        for (Score score : scores) {
            if (!score.username().equals(expert)) {
                continue;
            }
            given++;
            double range = ranges.getOrDefault(score.indicator(), 0.0);
            Map<String, Double> cell = byCell.get(score.parkId() + "/" + score.indicator());
            if (range <= 0 || cell.size() < 2) {
                continue;
            }
            double others = median(cell.entrySet().stream()
                    .filter(e -> !e.getKey().equals(expert))
                    .mapToDouble(Map.Entry::getValue)
                    .sorted()
                    .toArray());
            sum += Math.abs(score.score() - others) / range;
            compared++;
        }
        @Nullable Double deviation = enoughExperts && compared > 0 ? sum / compared : null;
        return new ExpertAgreement(expert, given, compared, deviation, deviation != null && deviation > THRESHOLD);
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
