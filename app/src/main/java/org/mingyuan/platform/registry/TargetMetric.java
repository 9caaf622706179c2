package org.mingyuan.platform.registry;

/** The metrics parks plan for; each has a label in the message bundles ({@code metric.<NAME>}). */
public enum TargetMetric {
    /** Blockchain enterprises settled in the park. */
    BLOCKCHAIN_FIRMS,
    /** Enterprises valued near a unicorn (准独角兽). */
    NEAR_UNICORNS,
    /** Unicorns (独角兽). */
    UNICORNS,
    /** Share of the floor area let to enterprises, percent. */
    OCCUPANCY_PERCENT,
    /** Annual output of the park's enterprises, 10,000 CNY. */
    ANNUAL_OUTPUT_10K_CNY
}
