package org.mingyuan.platform.fulfillment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A batch of payable awards of one department, exported to XLSX for the treasury system and imported back once with
 * voucher numbers and dates paid.
 *
 * @param caseIds the cases in the batch, in order
 * @param importedAt when the filled file was imported; null until then
 */
public record PayoutBatch(
        long id,
        String department,
        String createdBy,
        Instant createdAt,
        @Nullable String importedBy,
        @Nullable Instant importedAt,
        List<Long> caseIds) {

    /** True once the filled file was imported. */
    public boolean imported() {
        return importedAt != null;
    }
}
