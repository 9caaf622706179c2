package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The downloadable templates of each kind: the header row and one example row, as XLSX or as CSV
 * in UTF-8 with a byte-order mark (so Excel opens the Chinese headers correctly).
 */
public final class ImportTemplates {

    private ImportTemplates() {}

    /** Writes the XLSX template of {@code kind}; every cell is text, so codes keep their leading zeros. */
    public static void xlsx(ImportKind kind, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Mingyuan", "1.0");
        Worksheet ws = workbook.newWorksheet(kind.path());
        List<ImportColumn> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).header());
            ws.style(0, c)
                    .bold()
                    .fillColor(columns.get(c).required() ? "FCE4D6" : "DDEBF7")
                    .set();
            ws.value(1, c, columns.get(c).example());
            ws.width(c, Math.max(14, columns.get(c).header().length() * 1.6));
        }
        ws.freezePane(0, 1);
        workbook.finish();
    }

    /** Writes the CSV template of {@code kind}. */
    public static void csv(ImportKind kind, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(kind.columns().stream().map(ImportColumn::header).toList());
        printer.printRecord(kind.columns().stream().map(ImportColumn::example).toList());
        printer.flush();
    }
}
