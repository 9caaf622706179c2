package org.mingyuan.platform.fulfillment;

/** Where a case stands. */
public enum CaseState {
    /** Waiting on its current review stage. */
    IN_REVIEW,
    /** Returned to the enterprise for more material; its stage restarts when the enterprise resubmits. */
    RETURNED,
    /** Every stage approved; the approved amount is reserved against the clause's budget. */
    APPROVED,
    /** Rejected, citing a condition the enterprise does not meet. */
    REJECTED;

    /** True once nothing more happens to the case. */
    public boolean closed() {
        return this == APPROVED || this == REJECTED;
    }
}
