package org.mingyuan.platform.fulfillment;

/** How the department answered an objection to an award on public notice. */
public enum ObjectionOutcome {
    /** The objection does not hold; the award stands. */
    DISMISSED,
    /** The objection holds; the award is withdrawn and its budget reservation released. */
    UPHELD
}
