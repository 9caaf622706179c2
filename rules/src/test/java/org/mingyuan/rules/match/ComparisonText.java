package org.mingyuan.rules.match;

import java.util.SplittableRandom;

/** Writes a comparison as random clause generators do: the subject on either side, the operator turned to match. */
final class ComparisonText {

    private ComparisonText() {}

    /** Returns {@code subject op constant} or, with even odds, the same comparison written the other way round. */
    static String of(SplittableRandom random, String subject, String op, String constant) {
        return random.nextBoolean() ? subject + " " + op + " " + constant : constant + " " + mirror(op) + " " + subject;
    }

    private static String mirror(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }
}
