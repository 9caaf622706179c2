package org.mingyuan.platform.scenarios;

/** How a sandbox pilot ends (退出决定). */
public enum ExitDecision {
    /** The pilot succeeded and leaves the sandbox into ordinary rules (转正). */
    GRADUATE,
    /** The pilot runs on for another period (延期). */
    EXTEND,
    /** The pilot is stopped (终止). */
    TERMINATE
}
