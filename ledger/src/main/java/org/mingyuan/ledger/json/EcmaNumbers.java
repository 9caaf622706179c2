package org.mingyuan.ledger.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles as ECMAScript's Number.prototype.toString does, which RFC 8785 section 3.2.2.3 requires.
 *
 * <p>The digits are the shortest that read back as the same double, the closest to the exact value when several
 * are equally short; JDK 17's {@code Double.toString} does not always give the shortest, so they are searched here.
 */
public final class EcmaNumbers {

    private EcmaNumbers() {}

    /**
     * Returns the ECMAScript string form of a finite double; negative zero is "0".
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        if (value == 0) {
            return "0";
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortestDigits(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        return sign + layout(digits, k, n);
    }

    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode :
                    new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == value
                        && (best == null
                                || candidate
                                                .subtract(exact)
                                                .abs()
                                                .compareTo(best.subtract(exact).abs())
                                        < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no 17-digit form reads back as " + value);
    }

    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String e = "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        if (k == 1) {
            return digits + e;
        }
        return digits.charAt(0) + "." + digits.substring(1) + e;
    }
}
