package org.mingyuan.platform.evaluation.method;

/**
 * How one alternative's rank moved over the draws of a stability analysis.
 *
 * @param bestRank the best rank it reached, 1 being first
 * @param worstRank the worst rank it fell to
 * @param probabilityTopK the share of draws in which it ranked among the first k
 */
public record RankSpread(int bestRank, int worstRank, double probabilityTopK) {}
