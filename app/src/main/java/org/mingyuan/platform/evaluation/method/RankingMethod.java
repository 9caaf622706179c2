package org.mingyuan.platform.evaluation.method;

/** A method that ranks the rows of a decision matrix (alternatives) on its columns (criteria). */
@FunctionalInterface
public interface RankingMethod {

    /**
     * Ranks the alternatives.
     *
     * @param matrix rows are alternatives, columns criteria
     * @param weights one per criterion, summing to 1
     * @param benefit one per criterion: true where more is better, false for a cost
     */
    Ranking rank(double[][] matrix, double[] weights, boolean[] benefit);
}
