package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise (or a set of facts entered in the calculator) qualifies for, and the nearest clauses it misses.
 *
 * @param day the day the clauses were evaluated on
 * @param qualified every clause version it qualifies for, by clause id
 * @param nearest the clauses it misses by the fewest conditions, fewest first
 */
public record Matches(LocalDate day, List<Match> qualified, List<Miss> nearest) {

    /** The sum of the known amounts, CNY. */
    public BigDecimal total() {
        return qualified.stream()
                .map(Match::amount)
                .filter(amount -> amount != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A clause version qualified for.
     *
     * @param amount the estimated amount in CNY after the cap; null when a fact the amount needs is missing
     */
    public record Match(
            String clauseId,
            int version,
            long policyId,
            String titleZh,
            String titleEn,
            @Nullable BigDecimal amount) {}

    /**
     * A clause version missed, with every top-level condition not met.
     *
     * @param lacking what is still lacking, each with the value held now ({@code 营业收入需 ≥ 500 万元，当前 320 万元})
     */
    public record Miss(
            String clauseId, int version, long policyId, String titleZh, String titleEn, List<Lack> lacking) {}

    /** One condition not met, in Simplified Chinese and English, codes named by their labels. */
    public record Lack(String zh, String en) {}
}
