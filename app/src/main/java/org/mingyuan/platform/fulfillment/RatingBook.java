package org.mingyuan.platform.fulfillment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.fulfillment.internal.Ratings;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of ratings (好差评) for supervision: how many ratings of each level departments and policies received in
 * a period, leaving out those an upheld appeal found mistaken, and their follow-ups still open or past due. A read for
 * other modules; the caller decides who may see it.
 */
@Service
public class RatingBook {

    /** Longest period one distribution covers, in days: ten years. */
    public static final int MOST_DAYS = 3660;

    private final Ratings ratings;
    private final Clock clock;

    RatingBook(Ratings ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    /** How ratings are grouped. */
    public enum Grouping {
        DEPARTMENT,
        POLICY
    }

    /**
     * The ratings of one department, or of one policy of it.
     *
     * @param policyId the policy, or null when grouped by department
     * @param levels for each level from 5 (非常满意) down to 1 (非常不满意), how many ratings count; every level present
     * @param upheld how many ratings an upheld appeal left out of {@code levels}
     * @param followUpsOpen how many counted poor ratings still wait on the department's answer
     * @param followUpsOverdue how many of those are past their due day today
     */
    public record Distribution(
            String department,
            @Nullable Long policyId,
            Map<Integer, Long> levels,
            long upheld,
            long followUpsOpen,
            long followUpsOverdue) {

        /** How many ratings count in figures. */
        public long total() {
            return levels.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The distribution of the ratings made on the days {@code from} through {@code to} (China Standard Time, both
     * included), by department (in name order) or by policy within department.
     */
    @Transactional(readOnly = true)
    public List<Distribution> distribution(Grouping by, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MOST_DAYS).isBefore(to)) {
            throw new InvalidRequest("to", "rating.period.invalid", from, to, MOST_DAYS);
        }
        Map<Key, Tallying> groups = new LinkedHashMap<>();
        for (Ratings.Tally tally : ratings.tally(
                from.atStartOfDay(RegistryTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(RegistryTime.ZONE).toInstant(),
                RegistryTime.today(clock))) {
            Long policy = by == Grouping.POLICY ? tally.policyId() : null;
            groups.computeIfAbsent(new Key(tally.department(), policy), Tallying::new)
                    .add(tally);
        }
        return groups.values().stream().map(Tallying::done).toList();
    }

    private record Key(String department, @Nullable Long policyId) {}

    /** One group's counts as the tallies come in. */
    private static final class Tallying {
        private final Key key;
        private final long[] levels = new long[Rating.BEST + 1];
        private long upheld;
        private long open;
        private long overdue;

        Tallying(Key key) {
            this.key = key;
        }

        void add(Ratings.Tally tally) {
            levels[tally.level()] += tally.counted();
            upheld += tally.upheld();
            open += tally.open();
            overdue += tally.overdue();
        }

        Distribution done() {
            Map<Integer, Long> byLevel = new LinkedHashMap<>();
            for (int level = Rating.BEST; level >= Rating.WORST; level--) {
                byLevel.put(level, levels[level]);
            }
            return new Distribution(
                    key.department(), key.policyId(), Collections.unmodifiableMap(byLevel), upheld, open, overdue);
        }
    }
}
