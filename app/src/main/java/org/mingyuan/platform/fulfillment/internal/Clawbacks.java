package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.fulfillment.Clawback;
import org.mingyuan.platform.fulfillment.ClawbackReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Claw-backs of paid awards and their recoveries. A new claw-back first claims its case at the revision it was decided
 * on, so two recorded at once never together owe more than was paid; a recovery adds to what came back only while
 * the sum stays within what is due.
 */
@Repository
public class Clawbacks {

    private static final String COLUMNS = "id, case_id, reason, note, amount_due, recovered, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    Clawbacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves a paid case to its next revision; false when it changed meanwhile or is not paid. */
    public boolean claimPaid(long caseId, int revision, Instant now) {
        return jdbc.sql("update fulfillment_case set revision = revision + 1, updated_at = ? where id = ?"
                                + " and revision = ? and state = 'PAID'")
                        .params(Timestamp.from(now), caseId, revision)
                        .update()
                > 0;
    }

    /** Stores a claw-back and returns its id. */
    public long insert(
            long caseId, ClawbackReason reason, String note, BigDecimal amountDue, String recordedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fulfillment_clawback (case_id, reason, note, amount_due, recovered, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, 0, ?, ?)")
                .params(caseId, reason.name(), note, amountDue, recordedBy, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The claw-back with this id, with its recoveries. */
    public Optional<Clawback> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_clawback where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The claw-backs of a case, in the order recorded. */
    public List<Clawback> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_clawback where case_id = ? order by id")
                .param(caseId)
                .query(this::row)
                .list();
    }

    /** What the claw-backs of a case owe together, CNY. */
    public BigDecimal dueOf(long caseId) {
        return jdbc.sql("select coalesce(sum(amount_due), 0) from fulfillment_clawback where case_id = ?")
                .param(caseId)
                .query(BigDecimal.class)
                .single();
    }

    /**
     * Adds a recovery of {@code amount} to the claw-back; false (nothing written) when it would bring what came back
     * beyond what is due.
     */
    public boolean recover(
            long clawbackId, BigDecimal amount, LocalDate receivedOn, String voucherNo, String recordedBy, Instant at) {
        boolean added = jdbc.sql("update fulfillment_clawback set recovered = recovered + :amount where id = :id"
                                + " and recovered + :amount <= amount_due")
                        .param("amount", amount)
                        .param("id", clawbackId)
                        .update()
                > 0;
        if (added) {
            jdbc.sql("insert into fulfillment_recovery (clawback_id, amount, received_on, voucher_no, recorded_by,"
                            + " recorded_at) values (?, ?, ?, ?, ?, ?)")
                    .params(clawbackId, amount, Date.valueOf(receivedOn), voucherNo, recordedBy, Timestamp.from(at))
                    .update();
        }
        return added;
    }

    private Clawback row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new Clawback(
                id,
                rs.getLong("case_id"),
                ClawbackReason.valueOf(rs.getString("reason")),
                rs.getString("note"),
                rs.getBigDecimal("amount_due"),
                rs.getBigDecimal("recovered"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                jdbc.sql(
                                "select id, amount, received_on, voucher_no, recorded_by, recorded_at from fulfillment_recovery"
                                        + " where clawback_id = ? order by id")
                        .param(id)
                        .query((r, i) -> new Clawback.Recovery(
                                r.getLong(1),
                                r.getBigDecimal(2),
                                r.getDate(3).toLocalDate(),
                                r.getString(4),
                                r.getString(5),
                                r.getTimestamp(6).toInstant()))
                        .list());
    }
}
