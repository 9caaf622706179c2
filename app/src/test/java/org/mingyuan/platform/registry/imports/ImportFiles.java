package org.mingyuan.platform.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mingyuan.platform.registry.CreditCode;

/** Builds import files for tests and the benchmark: valid synthetic rows, CSV and XLSX. */
public final class ImportFiles {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

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
}
