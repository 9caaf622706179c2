package org.mingyuan.rules.match;

import java.util.OptionalDouble;

/** The rules every amount obeys, whichever way it was computed. */
public final class Amounts {

    private Amounts() {}

    /**
     * Turns a raw amount into the amount paid: negative becomes 0, the cap applies, and a
     * missing, infinite or NaN amount is empty.
     */
    public static OptionalDouble finish(double raw, Double cap) {
        double paid = paid(raw, cap);
        return Double.isNaN(paid) ? OptionalDouble.empty() : OptionalDouble.of(paid);
    }

    /** Returns {@link #finish} as a plain number, NaN for an amount that cannot be computed. */
    static double paid(double raw, Double cap) {
        if (!Double.isFinite(raw)) {
            return Double.NaN;
        }
        double amount = Math.max(0, raw);
        return cap == null ? amount : Math.min(amount, cap);
    }

    /** Returns a CEL amount result as a double, NaN when it is not a number. */
    public static double number(Object celResult) {
        if (celResult instanceof Long whole) {
            return whole;
        }
        return celResult instanceof Double decimal ? decimal : Double.NaN;
    }
}
