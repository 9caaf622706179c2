package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clause budgets and what approvals reserved of them. A reservation is one conditional update that adds the amount
 * only while the sum stays within the total; the database serialises concurrent updates of the row and re-checks the
 * condition for each, so no interleaving of approvals can commit more than the total.
 */
@Repository
public class Budgets {

    private static final String COLUMNS = "clause_id, total, reserved, approvals, paid, payouts";

    private final JdbcClient jdbc;

    Budgets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A clause's budget.
     *
     * @param total the budget, CNY; null for a clause without one
     * @param reserved what approvals reserved of it, CNY
     * @param approvals how many approvals reserved it
     * @param paid what payouts paid of the reserved, CNY
     * @param payouts how many payouts paid it
     */
    public record Row(
            String clauseId,
            @Nullable BigDecimal total,
            BigDecimal reserved,
            int approvals,
            BigDecimal paid,
            int payouts) {}

    /** Creates the clause's budget row with {@code total} unless it exists. */
    public void ensure(String clauseId, @Nullable BigDecimal total, Instant now) {
        jdbc.sql("insert into fulfillment_budget (clause_id, total, reserved, approvals, updated_at)"
                        + " values (?, ?, 0, 0, ?) on conflict do nothing")
                .params(clauseId, total, Timestamp.from(now))
                .update();
    }

    /** Sets the clause's total, as its newest published version states it, creating the row if needed. */
    public void setTotal(String clauseId, @Nullable BigDecimal total, Instant now) {
        int changed = jdbc.sql("update fulfillment_budget set total = ?, updated_at = ? where clause_id = ?")
                .params(total, Timestamp.from(now), clauseId)
                .update();
        if (changed == 0) {
            ensure(clauseId, total, now);
        }
    }

    /**
     * Reserves {@code amount} of the clause's budget; false when the rest of the budget cannot cover it (nothing is
     * reserved then). The budget row must exist.
     */
    public boolean reserve(String clauseId, BigDecimal amount, Instant now) {
        return jdbc.sql("update fulfillment_budget set reserved = reserved + :amount, approvals = approvals + 1,"
                                + " updated_at = :now where clause_id = :clause"
                                + " and (total is null or reserved + :amount <= total)")
                        .param("amount", amount)
                        .param("now", Timestamp.from(now))
                        .param("clause", clauseId)
                        .update()
                > 0;
    }

    /**
     * Records a payout of {@code paid} against the clause's budget, releasing {@code released} of the approval's
     * reservation (what the approval reserved and the payout did not pay). The budget row must exist.
     */
    public void pay(String clauseId, BigDecimal paid, BigDecimal released, Instant now) {
        int changed = jdbc.sql("update fulfillment_budget set paid = paid + :paid, payouts = payouts + 1,"
                        + " reserved = reserved - :released, updated_at = :now where clause_id = :clause")
                .param("paid", paid)
                .param("released", released)
                .param("now", Timestamp.from(now))
                .param("clause", clauseId)
                .update();
        if (changed != 1) {
            throw new IllegalStateException("clause " + clauseId + " has no budget row, yet an approval reserved it");
        }
    }

    /**
     * Releases {@code amount} an approval reserved of the clause's budget, when its award is withdrawn; false when no
     * such reservation is there (nothing changes then).
     */
    public boolean release(String clauseId, BigDecimal amount, Instant now) {
        return jdbc.sql("update fulfillment_budget set reserved = reserved - :amount, approvals = approvals - 1,"
                                + " updated_at = :now where clause_id = :clause and reserved >= :amount"
                                + " and approvals > 0")
                        .param("amount", amount)
                        .param("now", Timestamp.from(now))
                        .param("clause", clauseId)
                        .update()
                > 0;
    }

    /** The clause's budget, if a row exists. */
    public Optional<Row> of(String clauseId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_budget where clause_id = ?")
                .param(clauseId)
                .query(Budgets::row)
                .optional();
    }

    /** Every clause's budget, by clause id. */
    public List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_budget order by clause_id")
                .query(Budgets::row)
                .list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString(1),
                rs.getBigDecimal(2),
                rs.getBigDecimal(3),
                rs.getInt(4),
                rs.getBigDecimal(5),
                rs.getInt(6));
    }
}
