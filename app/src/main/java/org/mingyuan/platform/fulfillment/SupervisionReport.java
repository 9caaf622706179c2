package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.internal.SupervisionQueries.Award;
import org.mingyuan.platform.policy.StageRole;

/**
 * The supervisor's dashboard (督查) on one day: the cases past their stage's due date and the late follow-ups of poor
 * ratings, with the working days they are overdue; fulfilment per policy, park and department; the use of clause
 * budgets; and the ratings per department.
 *
 * @param today the day the figures are for, China Standard Time
 * @param filter what the figures are narrowed to
 * @param overdue the cases in review past their stage's due date, the longest overdue first
 * @param overdueGroups the overdue cases per department and stage, the department's name first
 * @param followUps the follow-ups of poor ratings past their due date and not answered, the longest overdue first
 * @param total fulfilment over every award the filter holds
 * @param byPolicy fulfilment per policy, by label
 * @param byPark fulfilment per park, by label; enterprises in no park under the key {@code none}
 * @param byDepartment fulfilment per issuing department, by name
 * @param budgets every clause budget of the filter's policies and department (not narrowed by park or day)
 * @param ratings the ratings per department, leaving out those whose appeal was upheld
 */
public record SupervisionReport(
        LocalDate today,
        SupervisionFilter filter,
        List<OverdueCase> overdue,
        List<OverdueGroup> overdueGroups,
        List<OverdueFollowUp> followUps,
        Fulfilment total,
        List<Fulfilment> byPolicy,
        List<Fulfilment> byPark,
        List<Fulfilment> byDepartment,
        List<BudgetLine> budgets,
        List<RatingLine> ratings) {

    /**
     * A case in review past its stage's due date.
     *
     * @param workingDaysOverdue the working days after the due date up to today, at least 1
     */
    public record OverdueCase(
            long caseId,
            String creditCode,
            String titleZh,
            String titleEn,
            String department,
            @Nullable Long parkId,
            StageRole stageRole,
            String stageZh,
            String stageEn,
            LocalDate due,
            int workingDaysOverdue) {}

    /** The overdue cases of one department at one stage, and the most working days one of them is overdue. */
    public record OverdueGroup(
            String department,
            StageRole stageRole,
            String stageZh,
            String stageEn,
            int cases,
            int mostWorkingDaysOverdue) {

        /** The stage's name in the reader's language. */
        public String stage(Locale locale) {
            return locale.getLanguage().equals("en") ? stageEn : stageZh;
        }
    }

    /** A poor rating whose follow-up is past its due date and not answered. */
    public record OverdueFollowUp(
            long ratingId,
            long caseId,
            String creditCode,
            String titleZh,
            String titleEn,
            String department,
            int level,
            LocalDate due,
            int workingDaysOverdue) {}

    /**
     * Fulfilment (兑现) of one group of awards: what was approved (cases that reached APPROVED or PAID) and what was
     * paid, the rates paid ÷ approved, and the calendar days from application to cash of the paid ones.
     *
     * @param key the group's key: a policy's or park's id, a department's name, {@code none} for no park, {@code all}
     * @param rateByAmount paid amount ÷ approved amount, four decimals; null when nothing was approved
     * @param rateByCount paid cases ÷ approved cases, four decimals; null when nothing was approved
     * @param medianDays the median of the days from application to cash, one decimal; null when nothing was paid
     * @param p90Days the 90th percentile (nearest rank) of those days; null when nothing was paid
     * @param meanDays their mean, one decimal; null when nothing was paid
     */
    public record Fulfilment(
            String key,
            String labelZh,
            String labelEn,
            int approvedCount,
            BigDecimal approvedAmount,
            int paidCount,
            BigDecimal paidAmount,
            @Nullable BigDecimal rateByAmount,
            @Nullable BigDecimal rateByCount,
            @Nullable BigDecimal medianDays,
            @Nullable Long p90Days,
            @Nullable BigDecimal meanDays) {

        /** The figures of {@code awards}. */
        static Fulfilment of(String key, String labelZh, String labelEn, List<Award> awards) {
            BigDecimal approved = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            int paidCount = 0;
            for (Award award : awards) {
                approved = approved.add(award.approvedAmount());
                if (award.paidAmount() != null) {
                    paid = paid.add(award.paidAmount());
                    paidCount++;
                }
            }
            long[] days = awards.stream()
                    .filter(a -> a.paidOn() != null)
                    .mapToLong(a -> ChronoUnit.DAYS.between(a.appliedOn(), a.paidOn()))
                    .sorted()
                    .toArray();
            return new Fulfilment(
                    key,
                    labelZh,
                    labelEn,
                    awards.size(),
                    approved,
                    paidCount,
                    paid,
                    ratio(paid, approved),
                    ratio(BigDecimal.valueOf(paidCount), BigDecimal.valueOf(awards.size())),
                    median(days),
                    days.length == 0 ? null : days[(int) Math.ceil(days.length * 0.9) - 1],
                    days.length == 0
                            ? null
                            : BigDecimal.valueOf(java.util.Arrays.stream(days).sum())
                                    .divide(BigDecimal.valueOf(days.length), 1, RoundingMode.HALF_UP));
        }

        /** The label in the reader's language. */
        public String label(Locale locale) {
            return locale.getLanguage().equals("en") ? labelEn : labelZh;
        }

        private static @Nullable BigDecimal ratio(BigDecimal part, BigDecimal whole) {
            return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
        }

        private static @Nullable BigDecimal median(long[] sorted) {
            int n = sorted.length;
            if (n == 0) {
                return null;
            }
            long twice = n % 2 == 1 ? 2 * sorted[n / 2] : sorted[n / 2 - 1] + sorted[n / 2];
            return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * A clause's budget and its use.
     *
     * @param total the budget, CNY; null for a clause without one
     * @param reserved what approvals reserved of it
     * @param paid what was paid on its cases
     * @param left the total less what was reserved; null without a budget
     */
    public record BudgetLine(
            String clauseId,
            String titleZh,
            String titleEn,
            @Nullable BigDecimal total,
            BigDecimal reserved,
            BigDecimal paid,
            @Nullable BigDecimal left) {

        /** The title in the reader's language. */
        public String title(Locale locale) {
            return locale.getLanguage().equals("en") ? titleEn : titleZh;
        }
    }

    /**
     * A department's ratings.
     *
     * @param counts how many ratings of each level, level 1 (非常不满意) first, level 5 (非常满意) last
     */
    public record RatingLine(String department, List<Integer> counts) {

        /** All ratings of the department. */
        public int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
