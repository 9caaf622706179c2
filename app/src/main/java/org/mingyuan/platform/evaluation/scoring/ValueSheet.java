package org.mingyuan.platform.evaluation.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.evaluation.internal.ImportedValues.Value;

/**
 * Reads a sheet of imported indicator values: a header row naming {@code 园区编码} (the park's code) in its first
 * column and an indicator code in each other column, then one row per park. Every problem names the sheet, row and
 * column in spreadsheet terms, e.g. {@code sheet1!C5}.
 */
final class ValueSheet {

    private final Map<String, Long> parks;
    private final Set<String> indicators;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();
    private final Map<Long, Integer> parkRows = new HashMap<>();
    private @Nullable List<@Nullable String> header;

    /**
     * A reader for the given parks (by code, the evaluated ones) and IMPORTED indicator codes.
     */
    ValueSheet(Map<String, Long> parks, Set<String> indicators) {
        this.parks = parks;
        this.indicators = indicators;
    }

    /** Reads one non-blank row; the first is the header. */
    void row(int row, List<@Nullable String> cells) {
        if (header == null) {
            header(row, cells);
            return;
        }
        String code = text(cells, 0);
        Long park = code == null ? null : parks.get(code);
        if (park == null) {
            problem(row, 0, "evaluation.import.park", code == null ? "" : code);
            return;
        }
        Integer first = parkRows.putIfAbsent(park, row);
        if (first != null) {
            problem(row, 0, "evaluation.import.parkRepeated", code, first);
            return;
        }
        for (int column = 1; column < header.size(); column++) {
            String indicator = header.get(column);
            if (indicator == null) {
                continue;
            }
            String cell = text(cells, column);
            if (cell == null) {
                problem(row, column, "evaluation.import.missing", indicator);
                continue;
            }
            try {
                double value = Double.parseDouble(cell);
                if (!Double.isFinite(value) || !cell.matches("[-+]?[0-9.eE+-]+")) {
                    throw new NumberFormatException(cell);
                }
                values.add(new Value(park, indicator, value));
            } catch (NumberFormatException notANumber) {
                problem(
                        row,
                        column,
                        "evaluation.import.number",
                        indicator,
                        cell.length() > 40 ? cell.substring(0, 40) : cell);
            }
        }
    }

    /** The values read, once every row was seen; every evaluated park must have had a row. */
    List<Value> values(int lastRow) {
        if (header == null) {
            problems.add(new FieldProblem("file", "imports.noRows", List.of()));
        } else {
            parks.forEach((code, park) -> {
                if (!parkRows.containsKey(park)) {
                    problems.add(new FieldProblem(
                            "sheet1!A" + (lastRow + 1), "evaluation.import.parkMissing", List.of(code)));
                }
            });
        }
        return values;
    }

    /** The problems found; empty when the sheet can be imported. */
    List<FieldProblem> problems() {
        return problems;
    }

    private void header(int row, List<@Nullable String> cells) {
        List<@Nullable String> names = new ArrayList<>();
        names.add(text(cells, 0));
        Set<String> seen = new HashSet<>();
        for (int column = 1; column < cells.size(); column++) {
            String name = text(cells, column);
            boolean known = name != null && indicators.contains(name);
            if (name != null && !known) {
                problem(row, column, "evaluation.import.indicator", name);
            } else if (known && !seen.add(name)) {
                problem(row, column, "evaluation.import.indicatorRepeated", name);
                known = false;
            }
            names.add(known ? name : null);
        }
        for (String indicator : indicators) {
            if (!seen.contains(indicator)) {
                problem(row, Math.max(names.size(), 1), "evaluation.import.indicatorMissing", indicator);
            }
        }
        header = names;
    }

    private static @Nullable String text(List<@Nullable String> cells, int column) {
        if (column >= cells.size()
                || cells.get(column) == null
                || cells.get(column).isBlank()) {
            return null;
        }
        return cells.get(column).strip();
    }

    private void problem(int row, int column, String code, Object... args) {
        problems.add(new FieldProblem("sheet1!" + columnName(column) + row, code, List.of(args)));
    }

    /** The spreadsheet name of a 0-based column: A, B, …, Z, AA, …. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
