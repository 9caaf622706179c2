package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a draft clause would do on the live registry today: who qualifies and the total amount against its budget,
 * breakdowns, near misses per condition, and the change against the version it replaces. Totals are the rules
 * engine's column arithmetic over the eligible enterprises, never an amount evaluated pair by pair.
 *
 * @param clauseId the clause simulated
 * @param version the draft's version number, or 0 for text not saved
 * @param budget the clause's budget, CNY, or null when it has none
 * @param overBudget whether the total amount exceeds the budget
 * @param breakdowns per grouping fact ({@code park}, {@code sizeClass}, {@code chainSegment}), the groups by value,
 *     the group of enterprises without a value last
 * @param nearMisses per top-level condition, the enterprises that meet every other one
 * @param against the change against the version in force, or null when none is
 */
public record SimulationReport(
        String clauseId,
        int version,
        String titleZh,
        String titleEn,
        LocalDate day,
        Figures totals,
        @Nullable BigDecimal budget,
        boolean overBudget,
        Map<String, List<Group>> breakdowns,
        List<ConditionMisses> nearMisses,
        @Nullable Difference against) {

    /**
     * How many qualify and how much they would receive.
     *
     * @param amount the sum of the known amounts, CNY
     * @param amountUnknown how many qualify with an amount that cannot be computed (a fact missing)
     */
    public record Figures(long count, BigDecimal amount, long amountUnknown) {}

    /** One value of a grouping fact with its labels ({@code ""} and "未填" for enterprises without a value). */
    public record Group(String code, String labelZh, String labelEn, Figures figures) {}

    /**
     * The enterprises missing the clause by one top-level condition only.
     *
     * @param firstNames the names of the first of them, in registry order
     */
    public record ConditionMisses(String conditionZh, String conditionEn, long count, List<String> firstNames) {}

    /**
     * The change against the version in force.
     *
     * @param firstGained names of the first enterprises that qualify only under the draft
     * @param firstLost names of the first that qualify only under the version in force
     */
    public record Difference(
            int currentVersion,
            Figures current,
            long gained,
            long lost,
            BigDecimal amountChange,
            List<String> firstGained,
            List<String> firstLost) {}
}
