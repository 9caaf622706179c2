package org.mingyuan.platform.evaluation.method;

/** The sizes and magnitudes the methods accept; larger input is refused before any work is done. */
public final class Limits {

    /** Most alternatives (rows) of a decision matrix. */
    public static final int MAX_ALTERNATIVES = 1_000;

    /** Most criteria (columns) of a decision matrix. */
    public static final int MAX_CRITERIA = 100;

    /** Largest AHP matrix: Saaty's random index is published here for n = 1..10. */
    public static final int MAX_AHP_ORDER = 10;

    /** Largest magnitude of a value in a decision matrix, so no sum of squares can overflow. */
    public static final double MAX_MAGNITUDE = 1e15;

    /** Most draws of a stability analysis. */
    public static final int MAX_DRAWS = 10_000;

    /** Most cells ranked over all draws of a stability analysis (draws × alternatives × criteria). */
    public static final long MAX_STABILITY_WORK = 20_000_000L;

    /** How far the weights may sum from 1. */
    public static final double WEIGHT_SUM_TOLERANCE = 1e-6;

    private Limits() {}
}
