package org.mingyuan.platform.policy.matching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the live matcher loads and follows the registry, bound from {@code mingyuan.matching.*}.
 *
 * @param followInterval the pause between two reads of the registry's change sequence; a local change is also read
 *     right after it commits
 * @param refreshInterval the pause between two checks of the published clauses, the fact schema and the day (a
 *     clause published through another instance, a fact kind added, validity windows and ages at midnight)
 * @param pageSize enterprises loaded into the table in one batch at start
 * @param changeBatch change entries read in one query
 * @param pushChanges whether this instance pushes the clauses an enterprise newly qualifies for when its facts change
 *     (every instance may; each clause version reaches an enterprise once whichever pushes)
 * @param nearMisses how many of the nearest missed clauses an answer lists
 * @param firstNames how many names a simulation lists of those who gain or lose
 */
@ConfigurationProperties("mingyuan.matching")
public record MatchingProperties(
        @DefaultValue("1s") Duration followInterval,
        @DefaultValue("10s") Duration refreshInterval,
        @DefaultValue("50000") int pageSize,
        @DefaultValue("5000") int changeBatch,
        @DefaultValue("true") boolean pushChanges,
        @DefaultValue("5") int nearMisses,
        @DefaultValue("10") int firstNames) {

    public MatchingProperties {
        if (followInterval.isNegative()
                || followInterval.isZero()
                || refreshInterval.isNegative()
                || refreshInterval.isZero()) {
            throw new IllegalArgumentException(
                    "mingyuan.matching.follow-interval and refresh-interval must be positive, got " + followInterval
                            + " and " + refreshInterval);
        }
        if (pageSize < 1 || changeBatch < 1 || nearMisses < 0 || firstNames < 0) {
            throw new IllegalArgumentException("mingyuan.matching.page-size and change-batch must be at least 1, "
                    + "near-misses and first-names at least 0; got " + pageSize + ", " + changeBatch + ", "
                    + nearMisses + ", " + firstNames);
        }
    }
}
