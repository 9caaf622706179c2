package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyEvents.ClausePublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses, inside the publishing transaction, a clause version whose simulated total on the live registry exceeds its
 * budget unless the officer confirmed publishing over budget; the confirmation is recorded with the version (its
 * {@code confirmedOverBudget} and who confirmed). The refusal rolls the publication back and names
 * {@code confirmOverBudget}. The platform's own loading of the demo policies is not checked: their budgets are
 * illustrative.
 */
@Component
class PublicationBudget {

    private final LiveMatcher live;
    private final Simulations simulations;
    private final ClauseCatalog catalog;

    PublicationBudget(LiveMatcher live, Simulations simulations, ClauseCatalog catalog) {
        this.live = live;
        this.simulations = simulations;
        this.catalog = catalog;
    }

    @EventListener
    void on(ClausePublished published) {
        if (PolicyDesk.SYSTEM.equals(published.actor())) {
            return;
        }
        ClauseVersion version = published.clause();
        ClauseVersionDetail detail =
                catalog.detail(version.clauseId(), version.version()).orElse(null);
        if (detail == null || detail.confirmedOverBudget()) {
            return;
        }
        BigDecimal budget = detail.content().budget();
        if (budget == null) {
            return;
        }
        SimulationReport.Figures figures = simulations.totals(detail.content(), version.clauseId());
        if (figures.amount().compareTo(budget) > 0) {
            throw new InvalidRequest(
                    "confirmOverBudget",
                    "matching.overBudget",
                    figures.amount().toPlainString(),
                    budget.toPlainString(),
                    figures.count());
        }
    }
}
