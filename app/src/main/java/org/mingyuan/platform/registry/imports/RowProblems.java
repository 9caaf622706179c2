package org.mingyuan.platform.registry.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The problems found in a file, in row order of discovery; keeps the first {@link #KEPT} and counts
 * the rest, so a file full of mistakes cannot exhaust memory.
 */
final class RowProblems {

    /** Problems kept for the report. */
    static final int KEPT = 10_000;

    private final List<ImportProblem> kept = new ArrayList<>();
    private int count;

    /** Records a problem with {@code column} of {@code row}. */
    void add(int row, String column, String code, Object... args) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new ImportProblem(row, column, code, Collections.unmodifiableList(Arrays.asList(args))));
        }
    }

    /** True when nothing was found. */
    boolean none() {
        return count == 0;
    }

    /** How many problems were found, kept or not. */
    int count() {
        return count;
    }

    /** The kept problems, ordered by row. */
    List<ImportProblem> kept() {
        return kept.stream()
                .sorted(java.util.Comparator.comparingInt(ImportProblem::row))
                .toList();
    }
}
