package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scenario as a department publishes it (发榜).
 *
 * @param department the publishing department, one the official belongs to
 * @param parkId the park the scenario is opened in or for, or null
 * @param needOwner who has the need (需求方), e.g. a bureau's office
 * @param budget CNY, more than 0 and at most {@link ScenarioRules#MAX_BUDGET}, at most two decimals
 * @param deadline the last day proposals are taken (inclusive): from today to {@link ScenarioRules#MAX_DAYS_AHEAD} days ahead
 * @param eligibility a condition in the rule language over an enterprise's facts, e.g. {@code chainSegment == 'app'}
 * @param criteria the review criteria, 1 to 10
 * @param panel the review panel, 1 to 15 expert accounts
 * @param sandbox true when the scenario runs as a regulatory-sandbox pilot (监管沙盒)
 * @param exemptions for a sandbox, the rules it is exempted from or eased, one per line
 * @param risks for a sandbox, the risk indicators its monitoring reports give
 */
public record ScenarioDraft(
        @Nullable String department,
        @Nullable Long parkId,
        @Nullable String titleZh,
        @Nullable String titleEn,
        @Nullable String needOwner,
        @Nullable String description,
        @Nullable String targets,
        @Nullable BigDecimal budget,
        @Nullable LocalDate deadline,
        @Nullable String eligibility,
        List<Criterion> criteria,
        List<Panelist> panel,
        boolean sandbox,
        List<String> exemptions,
        List<RiskIndicator> risks) {

    /** Copies the lists; absent lists become empty. */
    public ScenarioDraft {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        panel = panel == null ? List.of() : List.copyOf(panel);
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }
}
