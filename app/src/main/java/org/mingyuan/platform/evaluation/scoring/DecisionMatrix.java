package org.mingyuan.platform.evaluation.scoring;

import java.util.List;
import org.mingyuan.platform.evaluation.EvaluationResult.LeftOutIndicator;
import org.mingyuan.platform.evaluation.EvaluationResult.ResultValue;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.registry.Park;

/**
 * The decision matrix of an evaluation: a row per park, a column per indicator, each value with its source.
 *
 * @param indicators the indicators computed with: the system's, less those left out
 * @param cells {@code cells[park][indicator]}, in the order of {@code parks} and {@code indicators}
 * @param leftOut the platform indicators left out because some park lacks their figure; empty when none
 */
public record DecisionMatrix(
        List<Park> parks, List<Indicator> indicators, ResultValue[][] cells, List<LeftOutIndicator> leftOut) {

    /** Copies the lists. */
    public DecisionMatrix {
        parks = List.copyOf(parks);
        indicators = List.copyOf(indicators);
        leftOut = List.copyOf(leftOut);
    }

    /** The plain values, {@code values()[park][indicator]}. */
    public double[][] values() {
        double[][] values = new double[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            values[i] = new double[cells[i].length];
            for (int j = 0; j < cells[i].length; j++) {
                values[i][j] = cells[i][j].value();
            }
        }
        return values;
    }

    /** Whether each indicator is a benefit (more is better) criterion. */
    public boolean[] benefit() {
        boolean[] benefit = new boolean[indicators.size()];
        for (int j = 0; j < benefit.length; j++) {
            benefit[j] = indicators.get(j).benefit();
        }
        return benefit;
    }

    /** The park code of row {@code i}. */
    public String row(int i) {
        return parks.get(i).code();
    }

    /** The indicator code of column {@code j}. */
    public String column(int j) {
        return indicators.get(j).code();
    }
}
