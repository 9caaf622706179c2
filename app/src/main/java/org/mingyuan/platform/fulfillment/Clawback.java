package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claw-back of a paid award: the firm owes {@code amountDue} back, and recoveries record what came back until
 * {@code recovered} reaches it.
 *
 * @param recoveries what came back, in the order recorded
 */
public record Clawback(
        long id,
        long caseId,
        ClawbackReason reason,
        String note,
        BigDecimal amountDue,
        BigDecimal recovered,
        String recordedBy,
        Instant recordedAt,
        List<Recovery> recoveries) {

    /** What is still owed, CNY. */
    public BigDecimal outstanding() {
        return amountDue.subtract(recovered);
    }

    /** True once everything owed came back. */
    public boolean settled() {
        return recovered.compareTo(amountDue) >= 0;
    }

    /** Money that came back for a claw-back. */
    public record Recovery(
            long id,
            BigDecimal amount,
            LocalDate receivedOn,
            String voucherNo,
            String recordedBy,
            Instant recordedAt) {}
}
