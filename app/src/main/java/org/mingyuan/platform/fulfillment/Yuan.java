package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in CNY as messages write them, and as the ledger records them (whole fen). */
final class Yuan {

    private Yuan() {}

    /** The amount with thousands separators and two decimals, e.g. {@code 1,000,000.00}. */
    static String format(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** The amount in whole fen (分); an amount with more than two decimals is refused. */
    static long fen(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }
}
