package org.mingyuan.platform.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.CreditCode;

/** Builds import files for tests and the benchmark: valid synthetic rows, CSV and XLSX. */
public final class ImportFiles {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String CONTENT_TYPES = """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>""";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final String prefix;
    private int next;

    /** A source of credit codes no earlier run is likely to have used. */
    public ImportFiles() {
        var random = new Random();
        var chars = new StringBuilder("M");
        for (int i = 0; i < 3; i++) {
            chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        this.prefix = chars.toString();
    }

    /** The next unused valid credit code, registered in Yangpu, Shanghai. */
    public String creditCode() {
        int n = next++;
        var body = new StringBuilder(prefix);
        for (int i = 0; i < 4; i++) {
            body.append(ALPHABET.charAt(n % ALPHABET.length()));
            n /= ALPHABET.length();
        }
        return CreditCode.of("91", "310110", body.toString()).value();
    }

    /** An enterprises row with figures for 2024, in template column order. */
    public List<String> enterprise(String creditCode, int i, String parkCode) {
        List<String> row = new ArrayList<>(List.of(
                creditCode,
                "测试链科技有限公司" + i,
                "上海市杨浦区国定路 " + i + " 号",
                "",
                "I6510",
                "2020-05-01",
                "500",
                parkCode,
                "baas",
                "2024-12-31"));
        row.addAll(List.of(
                String.valueOf(10 + i % 200),
                "5",
                String.valueOf(100 + i % 5000),
                "80",
                "20",
                "12.5",
                "3000",
                "2",
                "4"));
        return row;
    }

    /** The header row of {@code kind} as the templates write it. */
    public static List<String> header(ImportKind kind) {
        return kind.columns().stream().map(ImportColumn::header).toList();
    }

    /** A UTF-8 CSV of the rows (no quoting needed for test data without commas). */
    public static byte[] csv(List<List<String>> rows) {
        return rows.stream()
                .map(r -> String.join(",", r))
                .collect(Collectors.joining("\r\n", "", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An XLSX workbook with the rows as text cells; cells starting with {@code =} become formulas. */
    public static byte[] xlsx(List<List<String>> rows) {
        try {
            var out = new ByteArrayOutputStream();
            var workbook = new Workbook(out, "test", "1.0");
            Worksheet ws = workbook.newWorksheet("data");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String cell = rows.get(r).get(c);
                    if (cell.startsWith("=")) {
                        ws.formula(r, c, cell.substring(1));
                    } else if (!cell.isEmpty()) {
                        ws.value(r, c, cell);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the XML of one part of a hand-made workbook. */
    @FunctionalInterface
    public interface Part {
        void write(Writer xml) throws IOException;
    }

    /**
     * A workbook of one sheet made by hand, part by part: {@code rows} writes the {@code <row>}
     * elements of the sheet; the shared strings and styles parts are written only when given, each
     * without its root element. Every part is deflated at the highest level as it is written, so a
     * part of hundreds of megabytes of repeated text stays a small file.
     */
    public static byte[] handMade(Part rows, @Nullable Part sharedStrings, @Nullable Part styles) {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                part(zip, xml, "[Content_Types].xml", w -> w.write(CONTENT_TYPES));
                part(
                        zip,
                        xml,
                        "_rels/.rels",
                        w -> w.write("<Relationships xmlns=\"" + RELS + "\">"
                                + relationship("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>"));
                part(
                        zip,
                        xml,
                        "xl/workbook.xml",
                        w -> w.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                                + "\"><sheets><sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
                part(zip, xml, "xl/_rels/workbook.xml.rels", w -> {
                    w.write("<Relationships xmlns=\"" + RELS + "\">");
                    w.write(relationship("rId1", "worksheet", "worksheets/sheet1.xml"));
                    if (sharedStrings != null) {
                        w.write(relationship("rId2", "sharedStrings", "sharedStrings.xml"));
                    }
                    if (styles != null) {
                        w.write(relationship("rId3", "styles", "styles.xml"));
                    }
                    w.write("</Relationships>");
                });
                part(zip, xml, "xl/worksheets/sheet1.xml", root("worksheet", w -> {
                    w.write("<sheetData>");
                    rows.write(w);
                    w.write("</sheetData>");
                }));
                if (sharedStrings != null) {
                    part(zip, xml, "xl/sharedStrings.xml", root("sst", sharedStrings));
                }
                if (styles != null) {
                    part(zip, xml, "xl/styles.xml", root("styleSheet", styles));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    /** {@code content} inside the root element {@code name}, which declares the spreadsheet namespace. */
    private static Part root(String name, Part content) {
        return w -> {
            w.write("<" + name + " xmlns=\"" + MAIN + "\">");
            content.write(w);
            w.write("</" + name + ">");
        };
    }

    /**
     * Writes row {@code r} of a hand-made sheet: each cell is an inline string, except the cells in
     * {@code styleOf}, which are numbers with the cell style (index into {@code cellXfs}) given there.
     */
    public static void row(Writer xml, int r, List<String> cells, Map<Integer, Integer> styleOf) throws IOException {
        xml.write("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.size(); c++) {
            String ref = " r=\"" + (char) ('A' + c) + r + "\"";
            String text = cells.get(c).replace("&", "&amp;").replace("<", "&lt;");
            if (styleOf.containsKey(c)) {
                xml.write("<c" + ref + " s=\"" + styleOf.get(c) + "\"><v>" + text + "</v></c>");
            } else if (!text.isEmpty()) {
                xml.write("<c" + ref + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>");
            }
        }
        xml.write("</row>");
    }

    /** Writes {@code count} times the character {@code c}, a block at a time. */
    public static void repeat(Writer xml, char c, long count) throws IOException {
        char[] block = new char[64 * 1024];
        Arrays.fill(block, c);
        for (long left = count; left > 0; left -= block.length) {
            xml.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    private static void part(ZipOutputStream zip, Writer xml, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        part.write(xml);
        xml.flush();
        zip.closeEntry();
    }
}
