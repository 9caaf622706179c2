package org.mingyuan.platform.policy.push;

import java.util.List;

/**
 * Why an enterprise is told about a clause version: it newly qualifies, it misses by a few conditions, or it was
 * granted an award without application (免申即享) that waits for its confirmation.
 */
public sealed interface PushKind permits PushKind.NewlyEligible, PushKind.NearMiss, PushKind.Granted {

    /** The name stored with the message: {@code NEWLY_ELIGIBLE}, {@code NEAR_MISS} or {@code GRANT}. */
    String code();

    /** The enterprise meets every condition of the clause version. */
    static PushKind newlyEligible() {
        return NewlyEligible.INSTANCE;
    }

    /** The enterprise was granted the clause version's award without applying; it confirms or declines it. */
    static PushKind granted() {
        return Granted.INSTANCE;
    }

    /** The enterprise meets every condition but {@code lacking}: one labelled line per missing condition. */
    static PushKind nearMiss(List<String> lacking) {
        return new NearMiss(lacking);
    }

    /** The enterprise meets every condition of the clause version. */
    enum NewlyEligible implements PushKind {
        INSTANCE;

        @Override
        public String code() {
            return "NEWLY_ELIGIBLE";
        }
    }

    /** An award granted without application, waiting for the enterprise to confirm it. */
    enum Granted implements PushKind {
        INSTANCE;

        @Override
        public String code() {
            return "GRANT";
        }
    }

    /**
     * The enterprise misses the clause version by the conditions in {@code lacking}.
     *
     * @param lacking what it still lacks, one labelled line each (e.g. {@code 营业收入 ≥ 500 万元，现为 320 万元}), never
     *     empty
     */
    record NearMiss(List<String> lacking) implements PushKind {

        public NearMiss {
            lacking = List.copyOf(lacking);
            if (lacking.stream().allMatch(String::isBlank)) {
                throw new IllegalArgumentException("a near miss names at least one lacking condition, got none");
            }
        }

        @Override
        public String code() {
            return "NEAR_MISS";
        }
    }
}
