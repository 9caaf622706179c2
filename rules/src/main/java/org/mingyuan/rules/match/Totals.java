package org.mingyuan.rules.match;

/**
 * How many enterprises qualify and how much they would receive in all.
 *
 * @param count the eligible enterprises
 * @param amount the sum of their known amounts in CNY
 * @param amountUnknown how many of them have an amount that cannot be computed (missing fact)
 */
public record Totals(long count, double amount, long amountUnknown) {

    /** No enterprises. */
    public static final Totals NONE = new Totals(0, 0, 0);

    Totals plus(java.util.OptionalDouble one) {
        return one.isPresent()
                ? new Totals(count + 1, amount + one.getAsDouble(), amountUnknown)
                : new Totals(count + 1, amount, amountUnknown + 1);
    }
}
