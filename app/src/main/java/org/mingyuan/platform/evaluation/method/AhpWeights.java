package org.mingyuan.platform.evaluation.method;

/**
 * The weights of an AHP pairwise comparison matrix with its consistency.
 *
 * @param weights the normalised principal eigenvector, summing to 1
 * @param lambdaMax the principal eigenvalue λmax, at least n
 * @param ci the consistency index (λmax − n) / (n − 1), 0 for n ≤ 2
 * @param cr the consistency ratio CI / RI, 0 for n ≤ 2
 */
public record AhpWeights(double[] weights, double lambdaMax, double ci, double cr) {

    /** The ratio below which Saaty accepts a matrix as consistent. */
    public static final double CR_LIMIT = 0.10;

    /** True when the consistency ratio is below {@link #CR_LIMIT}. */
    public boolean consistent() {
        return cr < CR_LIMIT;
    }
}
