package org.mingyuan.platform.policy;

/** How an enterprise comes to a clause's benefit. */
public enum ClauseMode {
    /** 申报: the enterprise applies. */
    APPLY,
    /** 免申即享: granted without application, every condition checked from data the platform holds. */
    AUTO
}
