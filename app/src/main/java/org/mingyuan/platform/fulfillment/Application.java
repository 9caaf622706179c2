package org.mingyuan.platform.fulfillment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application as filed, with the cases it opened, one per clause.
 *
 * @param idempotencyKey the key the submission carried; the same key again answers with this application
 */
public record Application(
        long id,
        long enterpriseId,
        String creditCode,
        String idempotencyKey,
        @Nullable String note,
        String contactName,
        String contactPhone,
        String submittedBy,
        Instant submittedAt,
        List<ReviewCase> cases) {

    /** Copies the list. */
    public Application {
        cases = List.copyOf(cases);
    }
}
