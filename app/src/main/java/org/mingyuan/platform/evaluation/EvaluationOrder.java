package org.mingyuan.platform.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new evaluation as an official asks for it.
 *
 * @param versionId a published system version
 * @param parks the parks to evaluate by id, 2 to {@link EvaluationDesk#MAX_PARKS}; null takes every park of the
 *     registry (the seven seed parks in the demo)
 * @param panel the usernames of the expert accounts on the panel, at most {@link EvaluationDesk#MAX_PANEL}; needed
 *     when the system has expert indicators
 * @param setup how to weigh, rank and test stability; null takes {@link EvaluationSetup#defaults()}
 */
public record EvaluationOrder(
        @Nullable String name,
        @Nullable Long versionId,
        @Nullable List<Long> parks,
        @Nullable List<String> panel,
        @Nullable EvaluationSetup setup) {}
