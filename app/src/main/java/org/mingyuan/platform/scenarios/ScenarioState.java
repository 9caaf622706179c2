package org.mingyuan.platform.scenarios;

/** Where a scenario stands: OPEN → SCORING → AWARDED → ACCEPTED (揭榜挂帅: 发榜 → 评审 → 揭榜 → 验收). */
public enum ScenarioState {
    /** Published; eligible firms propose until the deadline. */
    OPEN,
    /** Proposals closed; the panel scores them. */
    SCORING,
    /** The department named the winner, who delivers the milestones. */
    AWARDED,
    /** Delivered and accepted (验收). */
    ACCEPTED
}
