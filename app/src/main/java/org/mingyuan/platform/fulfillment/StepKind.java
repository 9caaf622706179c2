package org.mingyuan.platform.fulfillment;

/** What one step of a case was; each is one ledger entry of the type {@link #ledgerType()} names. */
public enum StepKind {
    /** The enterprise filed the application; the first stage began. */
    SUBMITTED("ApplicationSubmitted"),
    /** A stage other than the last was approved; the next began. */
    PASSED("ReviewStagePassed"),
    /** The last stage was approved and the amount reserved against the budget. */
    APPROVED("AwardApproved"),
    /** A reviewer rejected the case. */
    REJECTED("ApplicationRejected"),
    /** A reviewer returned the case for more material. */
    RETURNED("ApplicationReturned"),
    /** The enterprise handed in more material; the stage began again. */
    RESUBMITTED("ApplicationResubmitted");

    private final String ledgerType;

    StepKind(String ledgerType) {
        this.ledgerType = ledgerType;
    }

    /** The type of the step's ledger entry, in the past tense. */
    public String ledgerType() {
        return ledgerType;
    }
}
