package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.registry.EnterpriseId;

/** Events the live matcher publishes; past tense, owned here. */
public final class MatchingEvents {

    private MatchingEvents() {}

    /** Most enterprises one {@link GrantsQualified} names; a larger set is published as several events. */
    public static final int MOST_PER_EVENT = 500;

    /**
     * Enterprises newly qualified for a clause version granted without application (免申即享, mode {@code AUTO}): when
     * the version came into force or was published, or when an enterprise's facts or a new day made it qualify.
     * Instead of a push they are told of the award itself, by whoever grants it. Published in a transaction of its own
     * (the event publication registry keeps it until its listeners completed); the same enterprise may be named again
     * after a restart or by another instance, so a listener must be idempotent.
     */
    public record GrantsQualified(ClauseVersion clause, List<Qualified> enterprises) {

        public GrantsQualified {
            enterprises = List.copyOf(enterprises);
        }
    }

    /**
     * One enterprise newly qualified.
     *
     * @param amount what the clause computes for it after the cap, CNY to the fen; null when not computed
     */
    public record Qualified(
            EnterpriseId enterprise,
            String creditCode,
            @Nullable BigDecimal amount) {}
}
