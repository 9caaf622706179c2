package org.mingyuan.platform.registry.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactValue;
import org.mingyuan.platform.registry.imports.ImportStore.Known;

/**
 * What every row of one import is checked against: the caller's scope, the registry as loaded once
 * at the start (enterprises, parks, segments), and the problems found so far.
 */
final class ImportContext {

    private final ImportScope scope;
    private final ImportStore store;
    private final SizeDerivation sizes;
    private final RowProblems problems;
    private final Instant now;
    private final String sourceNote;
    private final Map<String, Known> enterprises;
    private final Map<String, Long> parks;
    private final Set<String> segments;
    private final Map<String, FactKind> kinds;
    private int rows;

    ImportContext(
            Caller caller, ImportStore store, SizeDerivation sizes, RowProblems problems, Instant now, String file) {
        this.scope = new ImportScope(caller);
        this.store = store;
        this.sizes = sizes;
        this.problems = problems;
        this.now = now;
        this.sourceNote = file.length() > 190 ? "导入 " + file.substring(0, 190) : "导入 " + file;
        this.enterprises = store.enterprises();
        this.parks = store.parks();
        this.segments = new HashSet<>(store.segments());
        this.kinds = store.kinds();
    }

    /** The fact kind with this key; null when there is none. */
    @Nullable
    FactKind kind(String key) {
        return kinds.get(key);
    }

    /** Every fact kind's key, for messages that list them. */
    String kindKeys() {
        return String.join(", ", kinds.keySet());
    }

    ImportScope scope() {
        return scope;
    }

    ImportStore store() {
        return store;
    }

    RowProblems problems() {
        return problems;
    }

    SizeDerivation sizes() {
        return sizes;
    }

    /** The moment of the import: every statement it appends is recorded at it. */
    Instant now() {
        return now;
    }

    /** Counts a data row read. */
    void counted() {
        rows++;
    }

    /** Data rows read. */
    int rows() {
        return rows;
    }

    /** True while no problem has been found, so checked rows are worth keeping for writing. */
    boolean keepsRows() {
        return problems.none();
    }

    /** The stored enterprise with this credit code; null when there is none. */
    @Nullable
    Known known(String creditCode) {
        return enterprises.get(creditCode);
    }

    /** The id of the park whose code is in column {@code key}; null when blank or unknown (reported). */
    @Nullable
    Long park(RowCells cells, String key) {
        String code = cells.text(key);
        if (code == null) {
            return null;
        }
        Long id = parks.get(code);
        if (id == null) {
            cells.problem(key, "imports.unknownPark", code);
        }
        return id;
    }

    /** The chain segment code in column {@code key}; null when blank or unknown (reported). */
    @Nullable
    String segment(RowCells cells, String key) {
        String code = cells.text(key);
        if (code != null && !segments.contains(code)) {
            cells.problem(key, "registry.unknownSegment", code);
            return null;
        }
        return code;
    }

    /** An imported statement recorded at the import's moment by the caller. */
    Fact fact(FactKind kind, FactValue value, LocalDate start, LocalDate end, @Nullable String note) {
        return new Fact(
                kind.key(),
                value,
                start,
                end,
                FactSource.IMPORTED,
                note == null ? sourceNote : note,
                now,
                scope.caller().username());
    }

    /** True when {@code before} holds the same imported value for the same fact and period. */
    static boolean alreadyStated(Fact fact, List<Fact> before) {
        return before.stream()
                .anyMatch(b -> b.name().equals(fact.name())
                        && b.source() == fact.source()
                        && b.periodStart().equals(fact.periodStart())
                        && b.periodEnd().equals(fact.periodEnd())
                        && b.value().equals(fact.value()));
    }
}
