package org.mingyuan.platform.fulfillment;

/** Where a case stands. */
public enum CaseState {
    /** Waiting on its current review stage. */
    IN_REVIEW,
    /** Returned to the enterprise for more material; its stage restarts when the enterprise resubmits. */
    RETURNED,
    /**
     * Every stage approved; the approved amount is reserved against the clause's budget. The award is on public notice
     * until its notice ends, then payable once every objection is answered.
     */
    APPROVED,
    /** Finance paid the award (已拨付). */
    PAID,
    /** An upheld objection withdrew the award; its budget reservation was released. */
    WITHDRAWN,
    /** Rejected, citing a condition the enterprise does not meet. */
    REJECTED;

    /** True once nothing more happens to the case's award: paid, rejected or withdrawn; such a case may be rated. */
    public boolean closed() {
        return this == PAID || this == REJECTED || this == WITHDRAWN;
    }
}
