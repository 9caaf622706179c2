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
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.Park;

/**
 * The downloadable templates of each kind: the header row and one example row, as XLSX or as CSV
 * in UTF-8 with a byte-order mark (so Excel opens the Chinese headers correctly). An XLSX template
 * whose columns take park or chain-segment codes has a second sheet listing the valid ones.
 */
public final class ImportTemplates {

    private ImportTemplates() {}

    /** The name of the sheet listing valid codes. */
    public static final String CODES_SHEET = "有效代码";

    /**
     * Writes the XLSX template of {@code kind}; every cell is text, so codes keep their leading zeros.
     * The valid codes among {@code parks} and {@code segments} go on a second sheet when the kind has
     * a column for them; an import reads only the first sheet.
     */
    public static void xlsx(ImportKind kind, List<Park> parks, List<ChainSegment> segments, OutputStream out)
            throws IOException {
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
        boolean parkCodes = columns.stream().anyMatch(c -> c.key().equals("parkCode"));
        boolean segmentCodes = columns.stream().anyMatch(c -> c.key().equals("chainSegment"));
        if (parkCodes || segmentCodes) {
            Worksheet codes = workbook.newWorksheet(CODES_SHEET);
            if (parkCodes) {
                codeColumns(
                        codes,
                        0,
                        "园区代码 (parkCode)",
                        parks.stream()
                                .map(p -> List.of(p.code(), p.nameZh(), p.nameEn()))
                                .toList());
            }
            if (segmentCodes) {
                codeColumns(
                        codes,
                        parkCodes ? 4 : 0,
                        "产业链环节代码 (chainSegment)",
                        segments.stream()
                                .map(s -> List.of(s.code(), s.nameZh(), s.nameEn()))
                                .toList());
            }
        }
        workbook.finish();
    }

    /** Writes a code, its Chinese and English names, from column {@code first} on. */
    private static void codeColumns(Worksheet ws, int first, String header, List<List<String>> rows) {
        List<String> heads = List.of(header, "名称", "Name");
        for (int c = 0; c < heads.size(); c++) {
            ws.value(0, first + c, heads.get(c));
            ws.style(0, first + c).bold().set();
            ws.width(first + c, c == 0 ? 30 : 36);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < heads.size(); c++) {
                ws.value(r + 1, first + c, rows.get(r).get(c));
            }
        }
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
