package org.mingyuan.platform.registry.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file in UTF-8 (with or without a byte-order mark); any other encoding is refused. */
final class CsvTable {

    private CsvTable() {}

    /** Hands each record of {@code file} to {@code rows}, numbered as a spreadsheet would show it. */
    static void read(Path file, TableReader.Rows rows) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            skipByteOrderMark(in);
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var format = CSVFormat.RFC4180.builder().setTrim(true).get();
            long record = 0;
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, decoder), format)) {
                for (CSVRecord csv : parser) {
                    record = csv.getRecordNumber();
                    List<String> cells = new ArrayList<>(csv.size());
                    csv.forEach(cells::add);
                    rows.row((int) record, cells);
                }
            } catch (UncheckedIOException failure) {
                if (failure.getCause() instanceof CharacterCodingException) {
                    throw new ImportRefusal("imports.notUtf8", record + 1);
                }
                throw new ImportRefusal("imports.malformedCsv", record + 1);
            } catch (CharacterCodingException notUtf8) {
                throw new ImportRefusal("imports.notUtf8", record + 1);
            }
        }
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        boolean utf8Bom = start.length == 3
                && (start[0] & 0xFF) == 0xEF
                && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        boolean utf16Bom = start.length >= 2
                && (((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)
                        || ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE));
        if (utf16Bom) {
            throw new ImportRefusal("imports.notUtf8", 1);
        }
        if (!utf8Bom) {
            in.reset();
        }
    }
}
