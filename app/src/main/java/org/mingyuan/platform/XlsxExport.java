package org.mingyuan.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows as an XLSX sheet (or several sheets as one workbook), streamed: a header row of {@code 中文 (English)} labels, then one
 * row per item. Numbers stay numbers, days are formatted {@code yyyy-mm-dd}, moments are shown in
 * China Standard Time, and text is always text (a leading {@code =} never becomes a formula).
 *
 * @param sheet the sheet's name
 * @param columns the columns in order
 */
public record XlsxExport<T>(String sheet, List<Column<T>> columns) {

    private static final int FLUSH_EVERY = 1_000;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One column: its Chinese and English label and how to get its value from an item (null: empty). */
    public record Column<T>(String zh, String en, Function<T, @Nullable Object> value) {

        /** The header cell's text. */
        public String header() {
            return zh + " (" + en + ")";
        }
    }

    /** Writes {@code rows} to {@code out}; does not close it. */
    public void write(Iterable<? extends T> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Mingyuan", "1.0");
        fill(workbook, rows);
        workbook.finish();
    }

    /** One sheet of a workbook of several: its layout and its rows. */
    public record Sheet<T>(XlsxExport<T> layout, Iterable<? extends T> rows) {}

    /** Writes {@code sheets} in order as one workbook to {@code out}; does not close it. */
    public static void write(List<Sheet<?>> sheets, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Mingyuan", "1.0");
        for (Sheet<?> sheet : sheets) {
            fill(workbook, sheet);
        }
        workbook.finish();
    }

    private static <T> void fill(Workbook workbook, Sheet<T> sheet) throws IOException {
        sheet.layout().fill(workbook, sheet.rows());
    }

    private void fill(Workbook workbook, Iterable<? extends T> rows) throws IOException {
        Worksheet ws = workbook.newWorksheet(sheet);
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).header());
            ws.style(0, c).bold().fillColor("DDEBF7").set();
            ws.width(c, Math.max(12, columns.get(c).header().length() * 1.6));
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (T row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                cell(ws, r, c, columns.get(c).value().apply(row));
            }
            if (r++ % FLUSH_EVERY == 0) {
                ws.flush();
            }
        }
    }

    private static void cell(Worksheet ws, int r, int c, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            ws.value(r, c, number);
        } else if (value instanceof Boolean bool) {
            ws.value(r, c, bool);
        } else if (value instanceof LocalDate day) {
            ws.value(r, c, day);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof Instant moment) {
            ws.value(r, c, moment.atZone(CHINA).toLocalDateTime());
            ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
        } else if (value instanceof Enum<?> constant) {
            ws.value(r, c, constant.name());
        } else {
            ws.value(r, c, value.toString());
        }
    }
}
