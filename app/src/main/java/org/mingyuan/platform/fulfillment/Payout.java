package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The payout of an award, one per case.
 *
 * @param amount what was paid, CNY; no more than the approved amount
 * @param paidOn the day the treasury paid it
 * @param voucherNo the treasury's voucher number, unique
 * @param batchId the batch it was imported with; null when recorded on its own
 */
public record Payout(
        long id,
        long caseId,
        BigDecimal amount,
        LocalDate paidOn,
        String voucherNo,
        @Nullable Long batchId,
        String recordedBy,
        Instant recordedAt) {}
