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
    RESUBMITTED("ApplicationResubmitted"),
    /** An award granted without application (免申即享) was confirmed by the enterprise and the department. */
    GRANTED("AwardGranted"),
    /** Someone lodged an objection to the award on public notice. */
    OBJECTION_LODGED("AwardObjectionLodged"),
    /** The department answered an objection, dismissing or upholding it. */
    OBJECTION_ANSWERED("AwardObjectionAnswered"),
    /** An upheld objection withdrew the award and released its budget. */
    WITHDRAWN("AwardWithdrawn"),
    /** Finance recorded the payout. */
    PAID("AwardPaid"),
    /** A claw-back was recorded: the enterprise owes an amount back. */
    CLAWBACK("ClawbackRecorded"),
    /** Some or all of a claw-back came back. */
    RECOVERED("ClawbackRecovered"),
    /** The enterprise rated the service (好差评). */
    RATED("ServiceRated"),
    /** The department answered the follow-up of a poor rating. */
    FOLLOWED_UP("RatingFollowedUp"),
    /** The department appealed a rating it holds mistaken. */
    APPEALED("RatingAppealed"),
    /** A supervisor decided an appeal. */
    APPEAL_DECIDED("RatingAppealDecided"),
    /** Nothing more happens to the case. */
    ARCHIVED("CaseArchived");

    private final String ledgerType;

    StepKind(String ledgerType) {
        this.ledgerType = ledgerType;
    }

    /**
     * True when the step's amount is shown in its ledger entry: an award approved, granted or paid is public, as its
     * public notice is; an estimate, a proposal or a claw-back stays committed.
     */
    public boolean amountPublic() {
        return this == APPROVED || this == GRANTED || this == PAID;
    }

    /** The type of the step's ledger entry, in the past tense. */
    public String ledgerType() {
        return ledgerType;
    }
}
