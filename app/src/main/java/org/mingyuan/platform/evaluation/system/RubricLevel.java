package org.mingyuan.platform.evaluation.system;

/**
 * A level of an expert indicator's rubric (评分等级): what an expert chooses, and the score it gives.
 *
 * @param byPlatform true when the platform wrote the level rather than the system's publisher
 */
public record RubricLevel(double score, String descriptionZh, String descriptionEn, boolean byPlatform) {}
