package org.mingyuan.rules.clause;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a clause does not compile; carries every error found. */
public final class ClauseRejectedException extends RuntimeException {

    private final transient List<ClauseError> errors;

    /** Creates the exception from at least one error. */
    public ClauseRejectedException(String clauseId, List<ClauseError> errors) {
        super("clause " + clauseId + " refused: "
                + errors.stream().map(ClauseError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** Returns the errors, in the order found. */
    public List<ClauseError> errors() {
        return errors;
    }
}
