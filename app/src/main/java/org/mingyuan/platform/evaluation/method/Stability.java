package org.mingyuan.platform.evaluation.method;

import java.util.List;

/**
 * The stability of a ranking under perturbed weights.
 *
 * @param alternatives one spread per alternative, in the matrix's row order
 * @param spread the relative perturbation of each weight, e.g. 0.10 for ±10 %
 * @param draws how many perturbed weightings were ranked
 * @param topK the k of {@link RankSpread#probabilityTopK()}
 */
public record Stability(List<RankSpread> alternatives, double spread, int draws, int topK) {}
