package org.mingyuan.platform.policy;

/** Whether a clause version may still change. */
public enum VersionState {
    /** Changes freely; never in force. */
    DRAFT,
    /** Immutable; in force on the days of its validity unless a later version or a withdrawal takes over. */
    PUBLISHED
}
