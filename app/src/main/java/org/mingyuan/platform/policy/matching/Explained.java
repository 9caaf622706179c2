package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.rules.match.Check;
import org.mingyuan.rules.match.Explanation;

/**
 * Why one enterprise meets or misses one clause version in force, condition by condition, as the rules engine explains
 * it.
 *
 * @param amount the amount in CNY after the cap when eligible and computable; null otherwise
 * @param conditions the clause's conditions in the order written, nested groups deeper
 */
public record Explained(
        String clauseId,
        int version,
        boolean eligible,
        @Nullable BigDecimal amount,
        List<Condition> conditions) {

    /** Copies the list. */
    public Explained {
        conditions = List.copyOf(conditions);
    }

    /** The rules engine's explanation of one clause version, condition by condition. */
    static Explained of(String clauseId, int version, Explanation explanation) {
        return new Explained(
                clauseId,
                version,
                explanation.eligible(),
                Entitlements.amount(explanation.amount()),
                explanation.checks().stream()
                        .map(check -> new Condition(
                                check.depth(),
                                check.outcome() == Check.Outcome.PASS,
                                check.outcome() == Check.Outcome.MISSING,
                                check.zh(),
                                check.en()))
                        .toList());
    }

    /** The top-level conditions, those a reason may cite. */
    public List<Condition> topLevel() {
        return conditions.stream().filter(c -> c.depth() == 0).toList();
    }

    /** The top-level conditions the enterprise does not meet (failed, or a fact missing). */
    public List<Condition> unmet() {
        return topLevel().stream().filter(c -> !c.met()).toList();
    }

    /**
     * One condition, with what it requires and the enterprise's value, in Simplified Chinese and English.
     *
     * @param depth 0 for a top-level condition
     * @param met whether the enterprise meets it
     * @param missing whether a fact it needs is missing (then it is not met)
     */
    public record Condition(int depth, boolean met, boolean missing, String zh, String en) {}
}
