package org.mingyuan.platform.fulfillment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An objection to an award on public notice (公示), and the department's answer once given. The objector's name and
 * contact are never public: only those who answer the case's objections see them.
 *
 * @param objectorName as the objector gave it; null when not given or not shown to the reader
 * @param objectorContact as the objector gave it; null when not given or not shown to the reader
 * @param outcome null while unanswered; the award may not be paid then
 */
public record Objection(
        long id,
        long caseId,
        String text,
        @Nullable String objectorName,
        @Nullable String objectorContact,
        Instant lodgedAt,
        @Nullable ObjectionOutcome outcome,
        @Nullable String answer,
        @Nullable String answeredBy,
        @Nullable Instant answeredAt) {

    /** The objection without who lodged it, for readers who do not answer it. */
    public Objection withoutObjector() {
        return new Objection(id, caseId, text, null, null, lodgedAt, outcome, answer, answeredBy, answeredAt);
    }

    /** True while the department has not answered it. */
    public boolean open() {
        return outcome == null;
    }
}
