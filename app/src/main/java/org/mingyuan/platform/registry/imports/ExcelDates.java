package org.mingyuan.platform.registry.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Excel's dates: which number formats show a number as a date, and the day a serial number stands
 * for. Excel stores a date as a number of days, counted from 1900 (or from 1904 in a workbook so
 * marked) with a date style; the style's format is either built in, known only by its id, or custom.
 */
final class ExcelDates {

    /** Text in quotes, escaped characters and bracketed parts ([Red], [$-804], [h]) of a format. */
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private ExcelDates() {}

    /**
     * True when a number with this format shows as a date or time: the built-in ids 14 to 22 and 45
     * to 47, the built-in East Asian date ids 27 to 36 and 50 to 58, and any custom format with a
     * year, month or day in it ({@code yyyy/m/d}, {@code yyyy"年"m"月"d"日"}).
     */
    static boolean isDate(@Nullable Integer id, @Nullable String format) {
        if (id != null && (between(id, 14, 22) || between(id, 27, 36) || between(id, 45, 47) || between(id, 50, 58))) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String f = LITERALS.matcher(format.toLowerCase(Locale.ROOT)).replaceAll("");
        return f.contains("y") || f.contains("d") || f.contains("年") || f.contains("日") || f.contains("m");
    }

    /** The day of {@code serial}; its fraction, the time of day, is dropped. */
    static LocalDate day(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        // Excel counts a 29 February 1900 that never was; serials before it are a day later.
        return days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }

    private static boolean between(int id, int from, int to) {
        return id >= from && id <= to;
    }
}
