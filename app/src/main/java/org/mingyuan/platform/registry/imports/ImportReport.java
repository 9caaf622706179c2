package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.XlsxExport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns an import's problems into lines a person can act on, and into a downloadable spreadsheet. */
@Component
public class ImportReport {

    private final MessageSource messages;

    ImportReport(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One problem as shown: row, column header and reason in {@code locale}'s language.
     *
     * @param column the column's header as the template writes it
     */
    public record Line(int row, String column, String reason) {}

    /** The problems as lines. */
    public List<Line> lines(ImportKind kind, List<ImportProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new Line(p.row(), header(kind, p.column()), reason(p.code(), p.args(), locale)))
                .toList();
    }

    /** A reason in {@code locale}'s language. */
    public String reason(String code, List<Object> args, Locale locale) {
        return messages.getMessage(code, args.toArray(), code, locale);
    }

    /** Writes the problems as an XLSX sheet: row, column, reason. */
    public void write(ImportKind kind, List<ImportProblem> problems, Locale locale, OutputStream out)
            throws IOException {
        var export = new XlsxExport<Line>(
                "problems",
                List.of(
                        new XlsxExport.Column<>("行号", "Row", Line::row),
                        new XlsxExport.Column<>("列", "Column", Line::column),
                        new XlsxExport.Column<>("原因", "Reason", Line::reason)));
        export.write(lines(kind, problems, locale), out);
    }

    private static String header(ImportKind kind, String key) {
        return kind.columns().stream()
                .filter(c -> c.key().equals(key))
                .map(ImportColumn::header)
                .findFirst()
                .orElse(key);
    }
}
