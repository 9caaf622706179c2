package org.mingyuan.rules.match;

/** A three-valued truth: a condition over a missing fact is {@link #UNKNOWN}. */
public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    /** Returns the truth of a known boolean. */
    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    Truth and(Truth other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    Truth or(Truth other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }
}
