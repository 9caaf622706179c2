package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.internal.Budgets;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.policy.Clause;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.PolicyEvents.ClausePublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use of clause budgets, for officials: each clause's budget (as its newest published version states it), what
 * approvals reserved of it, what payouts paid of that, and what is left. A budget follows every publication of its clause.
 */
@Service
public class BudgetBook {

    private final Budgets budgets;
    private final ClauseCatalog catalog;
    private final PolicyDesk policies;

    BudgetBook(Budgets budgets, ClauseCatalog catalog, PolicyDesk policies) {
        this.budgets = budgets;
        this.catalog = catalog;
        this.policies = policies;
    }

    /**
     * One clause's budget and its use.
     *
     * @param total the budget, CNY; null for a clause without one
     * @param reserved what approvals reserved, CNY; a payout below its approval released the rest
     * @param left what is left, CNY; null without a budget
     * @param approvals how many approvals reserved it
     * @param paid what payouts paid of the reserved, CNY
     * @param payouts how many payouts paid it
     */
    public record BudgetUse(
            String clauseId,
            String titleZh,
            String titleEn,
            @Nullable BigDecimal total,
            BigDecimal reserved,
            @Nullable BigDecimal left,
            int approvals,
            BigDecimal paid,
            int payouts) {

        /** The title in the reader's language. */
        public String title(java.util.Locale locale) {
            return locale.getLanguage().equals("en") ? titleEn : titleZh;
        }
    }

    /** Every clause budget, by clause id; officials only. */
    @Transactional(readOnly = true)
    public List<BudgetUse> all(Caller caller) {
        if (!caller.isOfficial()) {
            throw new AccessDeniedException("budgets are for officials");
        }
        return budgets.all().stream().map(this::use).toList();
    }

    /** One clause's budget; officials only. Empty use for a clause no budget row exists for yet. */
    @Transactional(readOnly = true)
    public BudgetUse of(Caller caller, String clauseId) {
        if (!caller.isOfficial()) {
            throw new AccessDeniedException("budgets are for officials");
        }
        return use(
                budgets.of(clauseId).orElse(new Budgets.Row(clauseId, null, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0)));
    }

    @ApplicationModuleListener
    void on(ClausePublished published) {
        catalog.detail(published.clause().clauseId(), published.clause().version())
                .ifPresent(version ->
                        budgets.setTotal(version.clauseId(), version.content().budget(), Instant.now()));
    }

    private BudgetUse use(Budgets.Row row) {
        String titleZh = row.clauseId();
        String titleEn = row.clauseId();
        Clause clause = policies.clause(null, row.clauseId(), true);
        ClauseVersionDetail latest = clause.latestPublished().orElse(null);
        if (latest != null) {
            titleZh = latest.content().titleZh();
            titleEn = latest.content().titleEn();
        }
        return new BudgetUse(
                row.clauseId(),
                titleZh,
                titleEn,
                row.total(),
                row.reserved(),
                row.total() == null ? null : row.total().subtract(row.reserved()),
                row.approvals(),
                row.paid(),
                row.payouts());
    }
}
