package org.mingyuan.platform.evaluation;

/** The id of an evaluation. */
public record EvaluationId(long value) {}
