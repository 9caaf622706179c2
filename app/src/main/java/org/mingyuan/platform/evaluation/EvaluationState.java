package org.mingyuan.platform.evaluation;

/** Where an evaluation stands. */
public enum EvaluationState {
    /** The panel scores; each expert sees and edits only their own scores. */
    SCORING,
    /** Scores are frozen and visible to the panel; officials decide on flagged experts and compute. */
    CLOSED,
    /** The latest result is published to the operators of the evaluated parks. */
    PUBLISHED
}
