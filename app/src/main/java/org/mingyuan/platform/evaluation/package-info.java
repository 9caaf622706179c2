/**
 * Evaluation (评价): model-park (名园) evaluation on published indicator systems with expert scores and the platform's
 * own data, the weighting and ranking methods it uses (AHP, entropy, TOPSIS, grey relational analysis) with their
 * stability under perturbed weights, the reports that show parks side by side, and the industry-chain map of every
 * park's segments and gaps.
 */
@NullMarked
@ApplicationModule(
        displayName = "Evaluation",
        allowedDependencies = {"identity", "registry", "registry :: xlsx", "fulfillment"})
package org.mingyuan.platform.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
