package org.mingyuan.platform.evaluation.report;

import org.mingyuan.platform.NotFound;

/** A park asked for that the result, as the caller may see it, does not hold; names the request's field. */
public final class MissingFromResult extends NotFound {

    private final String field;

    MissingFromResult(String field, long parkId) {
        super("park", parkId);
        this.field = field;
    }

    /** The request's field that named the park, e.g. {@code park} or {@code b}. */
    public String field() {
        return field;
    }
}
