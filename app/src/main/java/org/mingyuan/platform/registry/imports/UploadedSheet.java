package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded XLSX workbook for other modules with the defences of the registry's imports: the upload is spooled
 * to a file of at most a given size, checked by {@link XlsxGuard} (zip bombs, huge cells and shared strings, columns
 * beyond XFD) before the workbook is opened, and read by {@link XlsxTable} (formulas never evaluated, date-styled
 * numbers as {@code yyyy-MM-dd}), at most a given number of rows.
 */
@Component
@NamedInterface("xlsx")
public class UploadedSheet {

    private final ImportLimits limits;

    UploadedSheet(ImportLimits limits) {
        this.limits = limits;
    }

    /** Receives the non-blank rows of the first sheet: 1-based row number and cell texts (null for empty). */
    @NamedInterface("xlsx")
    public interface Rows {
        void row(int row, List<@Nullable String> cells);
    }

    /**
     * Why a file as a whole was refused: a message code of the import messages and its arguments.
     *
     * @param tooLarge true when the file was larger than allowed
     */
    @NamedInterface("xlsx")
    public static final class Refused extends RuntimeException {

        private final String code;
        private final List<Object> args;
        private final boolean tooLarge;

        Refused(String code, List<Object> args, boolean tooLarge) {
            super(code);
            this.code = code;
            this.args = List.copyOf(args);
            this.tooLarge = tooLarge;
        }

        /** The message code of the reason. */
        public String code() {
            return code;
        }

        /** The arguments of the message. */
        public List<Object> args() {
            return args;
        }

        /** True when the file was larger than allowed. */
        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /**
     * Hands each non-blank row of the first sheet of {@code content} to {@code rows}, the header row included.
     *
     * @param maxBytes the most bytes the file may have (no more than the import limit)
     * @param maxRows the most non-blank rows the sheet may have, the header included
     * @throws Refused when the file is larger than {@code maxBytes}, is no readable XLSX workbook, breaks a cell limit
     *     or has more than {@code maxRows} rows
     */
    public void read(InputStream content, long maxBytes, int maxRows, Rows rows) {
        long max = Math.min(maxBytes, limits.maxBytes());
        @Nullable Path file = null;
        try {
            file = Files.createTempFile("mingyuan-sheet-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                if (content.transferTo(new LimitedOutput(out, max)) > max) {
                    throw new Refused("imports.tooLarge", List.of(Math.max(1, max / (1024 * 1024))), true);
                }
            }
            var bounded = new ImportLimits(
                    maxRows, max, limits.maxCellChars(), limits.keepFinished(), limits.workers(), limits.queue());
            int[] seen = {0};
            XlsxTable.read(file, bounded, (row, cells) -> {
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    return;
                }
                if (++seen[0] > maxRows) {
                    throw new ImportRefusal("imports.tooManyRows", maxRows - 1);
                }
                rows.row(row, cells);
            });
            if (seen[0] == 0) {
                throw new ImportRefusal("imports.empty");
            }
        } catch (ImportRefusal refusal) {
            throw new Refused(refusal.code(), refusal.args(), false);
        } catch (IOException unreadable) {
            throw new Refused("imports.unreadableXlsx", List.of(), false);
        } finally {
            ImportRun.discard(file);
        }
    }
}
