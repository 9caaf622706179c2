package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads an import file, CSV or XLSX, as a stream of rows: finds the header, maps it to the kind's
 * columns and hands each non-blank data row on; refuses the file as a whole when it cannot be read,
 * its header is wrong, or it has more rows than allowed.
 */
final class TableReader {

    private final ImportKind kind;
    private final int maxRows;
    private @Nullable int[] columnOfCell;
    private int rows;

    private TableReader(ImportKind kind, int maxRows) {
        this.kind = kind;
        this.maxRows = maxRows;
    }

    /**
     * Reads {@code file}, named {@code filename} by the uploader, handing each data row to {@code sink};
     * refuses a file of more than {@link ImportLimits#maxRows()} rows, and an XLSX file with a cell of
     * more than {@link ImportLimits#maxCellChars()} characters before any of its rows is read.
     *
     * @return the number of data rows
     * @throws ImportRefusal when the file as a whole cannot be imported
     */
    static int read(Path file, String filename, ImportKind kind, ImportLimits limits, Consumer<RawRow> sink) {
        var reader = new TableReader(kind, limits.maxRows());
        String name = filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                CsvTable.read(file, (row, cells) -> reader.accept(row, cells, sink));
            } else if (name.endsWith(".xlsx")) {
                XlsxTable.read(file, limits, (row, cells) -> reader.accept(row, cells, sink));
            } else {
                throw new ImportRefusal("imports.extension", filename);
            }
        } catch (IOException unreadable) {
            throw new ImportRefusal("imports.unreadable", filename);
        }
        if (reader.columnOfCell == null) {
            throw new ImportRefusal("imports.empty");
        }
        if (reader.rows == 0) {
            throw new ImportRefusal("imports.noRows");
        }
        return reader.rows;
    }

    private void accept(int row, List<@Nullable String> cells, Consumer<RawRow> sink) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (columnOfCell == null) {
            columnOfCell = header(cells);
            return;
        }
        if (++rows > maxRows) {
            throw new ImportRefusal("imports.tooManyRows", maxRows);
        }
        String[] mapped = new String[kind.columns().size()];
        for (int i = 0; i < Math.min(cells.size(), columnOfCell.length); i++) {
            String cell = cells.get(i);
            if (columnOfCell[i] >= 0 && cell != null && !cell.isBlank()) {
                mapped[columnOfCell[i]] = cell.strip();
            }
        }
        sink.accept(new RawRow(row, mapped));
    }

    /**
     * Maps each header cell to a column index (-1 for a blank or read-only export column), or refuses
     * the header.
     */
    private int[] header(List<@Nullable String> cells) {
        int[] mapping = new int[cells.size()];
        List<String> unknown = new ArrayList<>();
        boolean[] seen = new boolean[kind.columns().size()];
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            mapping[i] = -1;
            if (text == null || text.isBlank()) {
                continue;
            }
            for (int c = 0; c < seen.length; c++) {
                if (!seen[c] && kind.columns().get(c).heads(text)) {
                    mapping[i] = c;
                    seen[c] = true;
                    break;
                }
            }
            if (mapping[i] < 0 && kind.readOnlyColumns().stream().noneMatch(note -> note.heads(text))) {
                unknown.add(text.length() > 40 ? text.substring(0, 40) + "…" : text);
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < seen.length; c++) {
            if (!seen[c] && kind.columns().get(c).required()) {
                missing.add(kind.columns().get(c).header());
            }
        }
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new ImportRefusal("imports.header", String.join("、", unknown), String.join("、", missing));
        }
        return mapping;
    }

    /** Receives the physical rows of a table: 1-based row number and cell texts (null for empty). */
    interface Rows {
        void row(int row, List<@Nullable String> cells);
    }
}
