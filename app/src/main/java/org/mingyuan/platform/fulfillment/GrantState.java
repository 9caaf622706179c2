package org.mingyuan.platform.fulfillment;

/** Where an award granted without application (免申即享) stands. */
public enum GrantState {
    /** The enterprise was found eligible; it has not been told yet. */
    MATCHED,
    /** The enterprise was told; the enterprise and the department each confirm it. */
    PUSHED,
    /** Both confirmed: an approved case holds the award, on public notice and then payable. */
    CONFIRMED,
    /** Its case was paid. */
    FULFILLED,
    /** Its case is closed and rated, or closed for 30 days: nothing more happens to it. */
    ARCHIVED,
    /** The enterprise declined it. */
    DECLINED
}
