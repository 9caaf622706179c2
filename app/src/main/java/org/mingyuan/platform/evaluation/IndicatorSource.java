package org.mingyuan.platform.evaluation;

/** Where an indicator's values come from. */
public enum IndicatorSource {
    /** Scored by the evaluation's expert panel, each expert choosing a level of the indicator's rubric. */
    EXPERT,
    /** Computed by the platform itself from its own data, naming a {@code LiveIndicator}. */
    PLATFORM,
    /** Imported from a spreadsheet of park × indicator values. */
    IMPORTED
}
