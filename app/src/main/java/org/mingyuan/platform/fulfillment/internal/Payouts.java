package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Payability;
import org.mingyuan.platform.fulfillment.Payout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payouts of awards. A case is paid by one conditional update that takes effect only while it is at the revision
 * it was decided on and still payable, and by one row of {@code fulfillment_payout}, unique per case and per voucher:
 * two officials recording a payout at once pay once.
 */
@Repository
public class Payouts {

    /**
     * When a case {@code c} may be paid on day {@code :today}: approved, its public notice over, and every objection to
     * it answered; the one rule, {@link Payability#PAYABLE_SQL}.
     */
    public static final String PAYABLE = Payability.PAYABLE_SQL;

    private static final String COLUMNS =
            "id, case_id, amount, paid_on, voucher_no, batch_id, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    Payouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the payable cases of {@code departments} on {@code today}, oldest first. */
    public List<Long> payable(Collection<String> departments, LocalDate today, int limit, int offset) {
        if (departments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select c.id from fulfillment_case c where c.department in (:departments) and " + PAYABLE
                        + " order by c.id limit :limit offset :offset")
                .param("departments", List.copyOf(departments))
                .param("today", Date.valueOf(today))
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
    }

    /**
     * The ids of the payable cases of {@code department} on {@code today} that wait in no batch not yet imported,
     * oldest first, at most {@code limit}.
     */
    public List<Long> unbatched(String department, LocalDate today, int limit) {
        return jdbc.sql("select c.id from fulfillment_case c where c.department = :department and " + PAYABLE
                        + " and not exists (select 1 from fulfillment_payout_batch_case bc"
                        + " join fulfillment_payout_batch b on b.id = bc.batch_id"
                        + " where bc.case_id = c.id and b.imported_at is null) order by c.id limit :limit")
                .param("department", department)
                .param("today", Date.valueOf(today))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** True when case {@code id} is payable on {@code today}. */
    public boolean isPayable(long id, LocalDate today) {
        return jdbc.sql("select count(*) from fulfillment_case c where c.id = :id and " + PAYABLE)
                        .param("id", id)
                        .param("today", Date.valueOf(today))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Marks case {@code id} paid, if it is still at {@code revision} and payable on {@code today}; false otherwise.
     */
    public boolean markPaid(long id, int revision, BigDecimal amount, LocalDate paidOn, LocalDate today, Instant now) {
        return jdbc.sql("update fulfillment_case c set state = 'PAID', paid_amount = :amount, paid_on = :paidOn,"
                                + " closed_at = :now, updated_at = :now, revision = revision + 1"
                                + " where c.id = :id and c.revision = :revision and " + PAYABLE)
                        .param("amount", amount)
                        .param("paidOn", Date.valueOf(paidOn))
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("revision", revision)
                        .param("today", Date.valueOf(today))
                        .update()
                > 0;
    }

    /**
     * Stores a payout.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the case is paid already or the voucher is taken
     */
    public void insert(
            long caseId,
            BigDecimal amount,
            LocalDate paidOn,
            String voucherNo,
            @Nullable Long batchId,
            String recordedBy,
            Instant recordedAt) {
        jdbc.sql("insert into fulfillment_payout (case_id, amount, paid_on, voucher_no, batch_id, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        caseId,
                        amount,
                        Date.valueOf(paidOn),
                        voucherNo,
                        batchId,
                        recordedBy,
                        Timestamp.from(recordedAt))
                .update();
    }

    /** The payout of a case, if it was paid. */
    public Optional<Payout> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_payout where case_id = ?")
                .param(caseId)
                .query(Payouts::row)
                .optional();
    }

    /** Which of {@code vouchers} a payout already uses. */
    public Set<String> vouchersTaken(Collection<String> vouchers) {
        if (vouchers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select voucher_no from fulfillment_payout where voucher_no in (:vouchers)")
                .param("vouchers", List.copyOf(vouchers))
                .query(String.class)
                .list());
    }

    /** When the case's award was approved (or, granted without application, confirmed); empty before. */
    public Optional<Instant> approvedAt(long caseId) {
        return jdbc.sql("select max(acted_at) from fulfillment_step where case_id = ? and kind in ('APPROVED',"
                        + " 'GRANTED')")
                .param(caseId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    private static Payout row(ResultSet rs, int n) throws SQLException {
        return new Payout(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getBigDecimal("amount"),
                rs.getDate("paid_on").toLocalDate(),
                rs.getString("voucher_no"),
                rs.getObject("batch_id", Long.class),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
