/**
 * The weighting and ranking methods of model-park evaluation as plain Java: AHP and entropy weights and their
 * combination, weighted sum, TOPSIS and grey relational ranking, and the stability of a ranking under perturbed
 * weights. Every refusal is a {@link org.mingyuan.platform.evaluation.method.MethodInputException} naming the field.
 */
@NullMarked
package org.mingyuan.platform.evaluation.method;

import org.jspecify.annotations.NullMarked;
