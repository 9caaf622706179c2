package org.mingyuan.platform.registry.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.SizeClass;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;
import org.mingyuan.platform.registry.imports.ImportStore.Known;
import org.mingyuan.platform.registry.imports.ImportStore.Stated;
import org.mingyuan.platform.registry.internal.EnterpriseRules;

/**
 * Imports fact statements about enterprises already in the registry; they are appended with source
 * IMPORTED, never replacing history, and the size class of each enterprise concerned is derived anew.
 * A statement already stored with the same value for the same period is named as a duplicate.
 */
final class FactImport implements RowImport {

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", "factName");

    private final ImportContext context;
    private final Map<String, Integer> firstRow = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<Long, @Nullable SizeClass> sizes = new HashMap<>();

    private record Row(int row, Known enterprise, Fact fact) {}

    FactImport(ImportContext context) {
        this.context = context;
    }

    @Override
    public void read(RowCells cells) {
        List<FieldProblem> found = new ArrayList<>();
        CreditCode code = EnterpriseRules.creditCode(cells.text("creditCode"), found);
        cells.problems(found, Map.of());
        Known enterprise = code == null ? null : context.known(code.value());
        if (code != null && (enterprise == null || !context.scope().mayChange(enterprise.parkId()))) {
            cells.problem("creditCode", "registry.unknownEnterprise", code.value());
        }
        FactKind kind = kind(cells);
        Object value = kind == null ? cells.text("value") : value(cells, kind);
        LocalDate end = cells.date("periodEnd");
        LocalDate start = cells.date("periodStart");
        String note = cells.text("sourceNote");
        if (kind != null
                && kind.departmentsOnly()
                && !EnterpriseRegistry.mayStateForDepartments(context.scope().caller())) {
            cells.problem("factName", "facts.departmentsOnly", kind.key(), kind.labelZh());
        }
        String name = kind == null ? cells.text("factName") : kind.key();
        cells.problems(
                EnterpriseRules.factProblems(
                        new FactStatement(name, value, start, end, FactSource.IMPORTED, note), kind),
                COLUMN_OF_FIELD);
        if (cells.anyFaulty()) {
            return;
        }
        LocalDate from = start == null ? end : start;
        String key = code.value() + "|" + kind.key() + "|" + from + "|" + end;
        Integer first = firstRow.putIfAbsent(key, cells.row());
        if (first != null) {
            cells.problem("factName", "imports.duplicateFact", kind.key(), first);
        } else if (context.keepsRows()) {
            rows.add(new Row(
                    cells.row(),
                    enterprise,
                    context.fact(kind, EnterpriseRules.factValue(value, kind), from, end, note)));
        }
    }

    @Override
    public void check(IntConsumer progress) {
        List<Long> ids = rows.stream().map(r -> r.enterprise().id()).distinct().toList();
        Map<Long, List<Fact>> stored = new HashMap<>(context.store().facts(ids));
        for (Row row : rows) {
            List<Fact> before = stored.computeIfAbsent(row.enterprise().id(), id -> new ArrayList<>());
            if (ImportContext.alreadyStated(row.fact(), before)) {
                context.problems()
                        .add(
                                row.row(),
                                "value",
                                "imports.alreadyStated",
                                row.fact().value().text(Locale.SIMPLIFIED_CHINESE));
            }
        }
        for (Row row : rows) {
            stored.get(row.enterprise().id()).add(row.fact());
        }
        Map<Long, Known> enterprises = new HashMap<>();
        rows.forEach(r -> enterprises.putIfAbsent(r.enterprise().id(), r.enterprise()));
        enterprises.forEach((id, enterprise) -> {
            sizes.put(id, context.sizes().of(enterprise.industryCode(), stored.get(id), context.now()));
            progress.accept(1);
        });
    }

    @Override
    public int writes() {
        return rows.size();
    }

    @Override
    public Committed write(Instant now, IntConsumer progress) {
        context.store()
                .append(
                        rows.stream()
                                .map(r -> new Stated(r.enterprise().id(), r.fact()))
                                .toList(),
                        progress);
        Map<EnterpriseId, @Nullable String> classes = new HashMap<>();
        sizes.forEach((id, size) -> classes.put(new EnterpriseId(id), size == null ? null : size.name()));
        context.store().sizeClasses(classes);
        return new Committed(context.rows(), 0, 0, rows.size(), 0);
    }

    /** The kind named in column {@code factName}; null when blank (reported by the file's checks) or unknown. */
    private @Nullable FactKind kind(RowCells cells) {
        String text = cells.text("factName");
        if (text == null) {
            return null;
        }
        FactKind kind = context.kind(text.strip().toUpperCase(Locale.ROOT));
        if (kind == null) {
            cells.problem("factName", "imports.unknownFact", text, context.kindKeys());
        }
        return kind;
    }

    /** The value cell read as the kind's type: numbers and days as the other columns read them, else its text. */
    private static @Nullable Object value(RowCells cells, FactKind kind) {
        return switch (kind.type()) {
            case NUMBER, INTEGER -> cells.decimal("value");
            case DATE -> cells.date("value");
            case YES_NO, TEXT -> cells.text("value");
        };
    }
}
