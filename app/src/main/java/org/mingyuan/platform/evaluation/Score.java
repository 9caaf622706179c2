package org.mingyuan.platform.evaluation;

import java.time.Instant;

/**
 * An expert's score of one park on one expert indicator.
 *
 * @param level the 0-based position of the rubric level chosen, the lowest first
 * @param score the score of that level
 */
public record Score(String username, long parkId, String indicator, int level, double score, Instant scoredAt) {}
