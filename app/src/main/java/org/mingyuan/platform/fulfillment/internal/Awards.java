package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.fulfillment.NoticePeriod;
import org.springframework.stereotype.Component;

/**
 * The last stage's approval in the database: the case becomes approved at the amount and the amount is reserved
 * against its clause's budget, both in the caller's transaction. Either refusal throws, so the caller's transaction
 * rolls back whatever was written.
 */
@Component
public class Awards {

    private final Cases cases;
    private final Budgets budgets;

    Awards(Cases cases, Budgets budgets) {
        this.cases = cases;
        this.budgets = budgets;
    }

    /**
     * Approves case {@code caseId}, still at {@code revision}, at {@code amount}, listed in public {@code notice}, and
     * reserves the amount of the clause's budget ({@code total} creates the budget when it has no row yet).
     *
     * @throws Conflict {@code case} when the case changed meanwhile; {@code budget} (with the clause, what is left and
     *     the amount, formatted by {@code format}) when the budget cannot cover the amount
     */
    public void approve(
            long caseId,
            int revision,
            String clauseId,
            @Nullable BigDecimal total,
            BigDecimal amount,
            Instant now,
            NoticePeriod.Period notice,
            Function<BigDecimal, String> format) {
        if (!cases.approve(caseId, revision, amount, now, notice.from(), notice.until())) {
            throw new Conflict("case", "fulfillment.case.changed");
        }
        reserve(clauseId, total, amount, now, format);
    }

    /**
     * Reserves {@code amount} of the clause's budget ({@code total} creates the budget when it has no row yet) for an
     * award approved otherwise, such as one granted without application.
     *
     * @throws Conflict {@code budget} (with the clause, what is left and the amount, formatted by {@code format}) when
     *     the budget cannot cover the amount
     */
    public void reserve(
            String clauseId,
            @Nullable BigDecimal total,
            BigDecimal amount,
            Instant now,
            Function<BigDecimal, String> format) {
        budgets.ensure(clauseId, total, now);
        if (!budgets.reserve(clauseId, amount, now)) {
            Budgets.Row budget = budgets.of(clauseId).orElseThrow();
            BigDecimal left =
                    budget.total() == null ? BigDecimal.ZERO : budget.total().subtract(budget.reserved());
            throw new Conflict(
                    "budget", "fulfillment.budget.exhausted", clauseId, format.apply(left), format.apply(amount));
        }
    }

    /**
     * Withdraws approved case {@code caseId}, still at {@code revision}, and releases its {@code amount} from the
     * clause's budget, both in the caller's transaction.
     *
     * @throws Conflict {@code case} when the case changed meanwhile
     */
    public void withdraw(long caseId, int revision, String clauseId, BigDecimal amount, Instant now) {
        if (!cases.withdraw(caseId, revision, now)) {
            throw new Conflict("case", "fulfillment.case.changed");
        }
        if (!budgets.release(clauseId, amount, now)) {
            throw new IllegalStateException("clause " + clauseId + " has no reservation of " + amount + " to release");
        }
    }
}
