package org.mingyuan.platform.evaluation.method;

import static org.mingyuan.platform.evaluation.method.MethodInputException.malformed;

/**
 * Subjective and objective weights combined linearly, w = α·w_s + (1 − α)·w_o, as published park and city evaluations
 * combine AHP with entropy weights.
 */
public final class CombinedWeights {

    private CombinedWeights() {}

    /**
     * The combined weights; they sum to 1 when both inputs do.
     *
     * @param subjective e.g. AHP weights, summing to 1
     * @param objective e.g. entropy weights, as many as {@code subjective}, summing to 1
     * @param alpha the share of the subjective weights, in [0, 1]
     */
    public static double[] combine(double[] subjective, double[] objective, double alpha) {
        if (subjective == null) {
            throw malformed("subjective", "methods.weights.missing");
        }
        Inputs.weights(subjective, subjective.length, "subjective");
        Inputs.weights(objective, subjective.length, "objective");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw malformed("alpha", "methods.alpha.range", Inputs.text(alpha));
        }
        double[] combined = new double[subjective.length];
        for (int j = 0; j < combined.length; j++) {
            combined[j] = alpha * subjective[j] + (1 - alpha) * objective[j];
        }
        return combined;
    }
}
