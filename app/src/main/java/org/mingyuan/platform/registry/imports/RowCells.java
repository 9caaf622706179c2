package org.mingyuan.platform.registry.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;

/**
 * The cells of one row, read by column key as text, numbers or dates; a cell that cannot be read
 * is reported once, under its column, and then reads as blank.
 */
final class RowCells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?");
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)?(\\.\\d+)?([eE][+-]?\\d{1,3})?");

    private final ImportKind kind;
    private final RawRow raw;
    private final RowProblems problems;
    private final Set<String> faulty = new HashSet<>();

    RowCells(ImportKind kind, RawRow raw, int maxChars, RowProblems problems) {
        this.kind = kind;
        this.raw = raw;
        this.problems = problems;
        for (int i = 0; i < raw.cells().length; i++) {
            String cell = raw.cells()[i];
            if (cell != null && cell.length() > maxChars) {
                problem(kind.columns().get(i).key(), "imports.cellTooLong", cell.length(), maxChars);
            }
        }
    }

    /** The row number as a spreadsheet shows it. */
    int row() {
        return raw.row();
    }

    /** The cell's text; null when blank or already reported. */
    @Nullable
    String text(String key) {
        return faulty.contains(key) ? null : raw.cells()[kind.index(key)];
    }

    /** The cell as a number; null when blank or not a number (reported). */
    @Nullable
    BigDecimal decimal(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        String plain = text.replace("，", ",").replace(" ", "");
        if (plain.length() > 40 || !NUMBER.matcher(plain).matches() || plain.matches("[+-]?")) {
            problem(key, "imports.notANumber", text);
            return null;
        }
        return new BigDecimal(plain.replace(",", ""));
    }

    /** The cell as a day (2024-12-31, 2024/12/31, 2024年12月31日); null when blank or not a day (reported). */
    @Nullable
    LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException impossible) {
            // reported below
        }
        problem(key, "imports.notADate", text);
        return null;
    }

    /** Reports a problem with the cell; it reads as blank from now on. */
    void problem(String key, String code, Object... args) {
        if (faulty.add(key)) {
            problems.add(raw.row(), key, code, args);
        }
    }

    /** Reports the registry's field problems under their columns, skipping cells already reported. */
    void problems(List<FieldProblem> found, Map<String, String> columnOfField) {
        for (FieldProblem p : found) {
            problem(
                    columnOfField.getOrDefault(p.field(), p.field()),
                    p.code(),
                    p.args().toArray());
        }
    }

    /** True when some cell of the row was reported. */
    boolean anyFaulty() {
        return !faulty.isEmpty();
    }
}
