package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an XLSX workbook as a stream. Formulas are never evaluated: a formula
 * cell reads as its text ({@code =A1*2}). Cells formatted as dates read as {@code yyyy-MM-dd}. The
 * file is checked by {@link XlsxGuard} first, so no cell longer than the limit is ever built.
 */
final class XlsxTable {

    private XlsxTable() {}

    /** Hands each row of the first sheet of {@code file} to {@code rows}; refuses cells over {@code maxChars}. */
    static void read(Path file, int maxChars, TableReader.Rows rows) throws IOException {
        requireXlsx(file);
        XlsxGuard.check(file, maxChars);
        try (var workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<@Nullable String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
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

    private static @Nullable String text(@Nullable Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case FORMULA -> "=" + cell.getFormula();
            case NUMBER ->
                isDate(cell.getDataFormatString())
                        ? cell.asDate().toLocalDate().toString()
                        : cell.asNumber().toPlainString();
            default -> cell.getText();
        };
    }

    private static boolean isDate(@Nullable String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.contains("y") || f.contains("d") || f.contains("年");
    }
}
