package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an XLSX workbook as a stream. Formulas are never evaluated: a formula
 * cell reads as its text ({@code =A1*2}). Numbers styled as dates (see {@link ExcelDates}) read as
 * {@code yyyy-MM-dd}. The file is checked by {@link XlsxGuard} first, so no cell longer than the
 * limit is ever built.
 */
final class XlsxTable {

    private XlsxTable() {}

    /** Hands each row of the first sheet of {@code file} to {@code rows}; refuses files beyond {@code limits}. */
    static void read(Path file, ImportLimits limits, TableReader.Rows rows) throws IOException {
        requireXlsx(file);
        XlsxGuard.check(file, limits);
        try (var workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<@Nullable String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i), workbook.isDate1904()));
                }
                rows.row(row.getRowNum(), cells);
            }
        } catch (ImportRefusal refusal) {
            throw refusal;
        } catch (RuntimeException malformed) {
            throw new ImportRefusal("imports.unreadableXlsx");
        }
    }

    private static void requireXlsx(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(8);
        }
        if (start.length == 0) {
            throw new ImportRefusal("imports.empty");
        }
        if (ReadableWorkbook.isOLE2Header(start)) {
            throw new ImportRefusal("imports.oldExcel");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(start)) {
            throw new ImportRefusal("imports.unreadableXlsx");
        }
    }

    private static @Nullable String text(@Nullable Cell cell, boolean date1904) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case FORMULA -> "=" + cell.getFormula();
            case NUMBER -> number(cell, date1904);
            default -> cell.getText();
        };
    }

    /** A number as text, or as {@code yyyy-MM-dd} when its style is a date and it is a day Java knows. */
    private static String number(Cell cell, boolean date1904) {
        BigDecimal value = cell.asNumber();
        if (ExcelDates.isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
            try {
                return ExcelDates.day(value, date1904).toString();
            } catch (ArithmeticException | DateTimeException outOfRange) {
                // read as the number, which the date column then reports
            }
        }
        return value.toPlainString();
    }
}
