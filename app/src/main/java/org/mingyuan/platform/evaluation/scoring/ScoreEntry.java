package org.mingyuan.platform.evaluation.scoring;

import org.jspecify.annotations.Nullable;

/**
 * One cell of an expert's scoring sheet as sent.
 *
 * @param level the 0-based position of the rubric level chosen, the lowest first; null clears the score
 */
public record ScoreEntry(
        @Nullable Long parkId,
        @Nullable String indicator,
        @Nullable Integer level) {}
