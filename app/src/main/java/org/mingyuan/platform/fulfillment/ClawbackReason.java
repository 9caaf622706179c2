package org.mingyuan.platform.fulfillment;

/** Why a paid award is clawed back. */
public enum ClawbackReason {
    /** The firm left the park within the years it committed to stay. */
    LEFT_PARK,
    /** The firm was found ineligible after it was paid. */
    INELIGIBLE,
    /** The firm broke another commitment it made for the award. */
    COMMITMENT,
    /** Another reason, which the note says. */
    OTHER
}
