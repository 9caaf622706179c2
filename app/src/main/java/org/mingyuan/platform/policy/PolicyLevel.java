package org.mingyuan.platform.policy;

/** The level of government (or the park) that issued a policy; labelled {@code policy.level.NAME}. */
public enum PolicyLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    DISTRICT,
    PARK
}
