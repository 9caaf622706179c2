package org.mingyuan.rules.match;

/**
 * A test of which values a code or set column holds: its rows are a union of the columns' value bit sets
 * ({@link DenseValues}), exactly, so it and its negation intersect bit-per-row sets a word at a time.
 */
interface ValueTestPlan {

    /** Adds the rows where the test is true to the words. */
    void orInto(long[] words);

    /** Returns the rows where the column holds a value, one bit per row; the caller must not modify it. */
    long[] knownWords();
}
