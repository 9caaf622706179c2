package org.mingyuan.rules.match;

/**
 * One line of an explanation: a condition, what it requires, the enterprise's value and the
 * outcome, in Simplified Chinese and English.
 *
 * @param depth the nesting level, 0 for a top-level condition
 * @param outcome whether the enterprise meets it
 * @param zh the line in Simplified Chinese, e.g. {@code 营业收入需 ≥ 500 万元，当前 320 万元}
 * @param en the line in English
 */
public record Check(int depth, Outcome outcome, String zh, String en) {

    /** How a condition came out for the enterprise. */
    public enum Outcome {
        PASS,
        FAIL,
        /** A fact the condition needs is missing, so it is not met. */
        MISSING
    }

    static Outcome of(Truth truth) {
        return switch (truth) {
            case TRUE -> Outcome.PASS;
            case FALSE -> Outcome.FAIL;
            case UNKNOWN -> Outcome.MISSING;
        };
    }
}
