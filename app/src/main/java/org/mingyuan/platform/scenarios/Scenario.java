package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A published scenario as anyone may read it: the need, its terms, criteria and, once named, the winner; a sandbox
 * pilot's exemptions, risk indicators and exit decision. The panel and the proposals are not part of it.
 *
 * @param winner the winning enterprise's name, once named; {@code winnerCreditCode} its credit code
 * @param illustrative true for demo data whose figures are illustrative (示例数据), not official
 */
public record Scenario(
        ScenarioId id,
        String department,
        @Nullable Long parkId,
        String titleZh,
        String titleEn,
        String needOwner,
        String description,
        String targets,
        BigDecimal budget,
        LocalDate deadline,
        String eligibility,
        List<Criterion> criteria,
        boolean sandbox,
        List<String> exemptions,
        List<RiskIndicator> risks,
        ScenarioState state,
        String publishedBy,
        Instant publishedAt,
        @Nullable Long winnerProposalId,
        @Nullable String winner,
        @Nullable String winnerCreditCode,
        @Nullable String winnerReason,
        @Nullable Instant awardedAt,
        @Nullable String acceptanceNote,
        @Nullable Instant acceptedAt,
        @Nullable ExitDecision exitDecision,
        @Nullable String exitReason,
        boolean illustrative) {

    /** Copies the lists. */
    public Scenario {
        criteria = List.copyOf(criteria);
        exemptions = List.copyOf(exemptions);
        risks = List.copyOf(risks);
    }

    /** The title in the reader's language: English for English readers, Chinese otherwise. */
    public String title(Locale locale) {
        return locale.getLanguage().equals("en") ? titleEn : titleZh;
    }

    /** True while proposals are taken on {@code day}: open, and the deadline not passed. */
    public boolean takesProposals(LocalDate day) {
        return state == ScenarioState.OPEN && !day.isAfter(deadline);
    }

    /** True when its deadline passed on {@code day} and the department has not closed the call yet. */
    public boolean pastDeadline(LocalDate day) {
        return state == ScenarioState.OPEN && day.isAfter(deadline);
    }

    /** The sum of the criteria's weights. */
    public BigDecimal totalWeight() {
        return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
