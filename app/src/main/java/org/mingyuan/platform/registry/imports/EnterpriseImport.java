package org.mingyuan.platform.registry.imports;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactKeys;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.FactValue;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;
import org.mingyuan.platform.registry.imports.ImportStore.Known;
import org.mingyuan.platform.registry.imports.ImportStore.Stated;
import org.mingyuan.platform.registry.internal.EnterpriseRules;

/**
 * Imports enterprises by credit code: new ones are registered, existing ones get their profile
 * replaced; the figures of the row's period are appended as imported facts, and each enterprise's
 * size class is derived from everything known.
 */
final class EnterpriseImport implements RowImport {

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("parkId", "parkCode");
    private static final List<String> FLOWS =
            List.of(FactKeys.REVENUE, FactKeys.BLOCKCHAIN_REVENUE, FactKeys.RD_SPEND, FactKeys.TAX_PAID);

    private final ImportContext context;
    private final EnterpriseRules rules;
    private final Map<String, Integer> firstRow = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** A checked row: the enterprise as it will be stored and its figures. */
    private record Row(Enterprise enterprise, @Nullable Known existing, List<Fact> facts) {}

    EnterpriseImport(ImportContext context, EnterpriseRules rules) {
        this.context = context;
        this.rules = rules;
    }

    @Override
    public void read(RowCells cells) {
        List<FieldProblem> found = new ArrayList<>();
        CreditCode code = EnterpriseRules.creditCode(cells.text("creditCode"), found);
        LocalDate founded = cells.date("foundedOn");
        BigDecimal capital = cells.decimal("registeredCapital");
        Long parkId = context.park(cells, "parkCode");
        String segment = context.segment(cells, "chainSegment");
        var draft = new EnterpriseDraft(
                cells.text("creditCode"),
                cells.text("name"),
                cells.text("address"),
                cells.text("divisionCode"),
                cells.text("industryCode"),
                founded,
                capital,
                null,
                null);
        found.addAll(rules.profileProblems(draft));
        cells.problems(found, COLUMN_OF_FIELD);
        Known existing = code == null ? null : context.known(code.value());
        if (!context.scope().mayPlaceIn(parkId)) {
            cells.problem("parkCode", "imports.notYourPark", String.valueOf(cells.text("parkCode")));
        }
        if (existing != null && !context.scope().mayChange(existing.parkId())) {
            cells.problem("creditCode", "imports.otherParksEnterprise", code.value());
        }
        if (code != null) {
            Integer first = firstRow.putIfAbsent(code.value(), cells.row());
            if (first != null) {
                cells.problem("creditCode", "imports.duplicateInFile", code.value(), first);
            }
        }
        List<Fact> facts = figures(cells);
        if (!cells.anyFaulty() && context.keepsRows()) {
            rows.add(new Row(enterprise(code, draft, parkId, segment, existing), existing, facts));
        }
    }

    @Override
    public void check(IntConsumer progress) {
        List<Long> existingIds = rows.stream()
                .filter(r -> r.existing() != null)
                .map(r -> r.existing().id())
                .toList();
        Map<Long, List<Fact>> stored = context.store().facts(existingIds);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Fact> facts = row.facts();
            if (row.existing() != null) {
                List<Fact> before = stored.getOrDefault(row.existing().id(), List.of());
                facts = facts.stream()
                        .filter(f -> !ImportContext.alreadyStated(f, before))
                        .toList();
                List<Fact> all = new ArrayList<>(before);
                all.addAll(facts);
                rows.set(i, new Row(sized(row.enterprise(), all), row.existing(), facts));
            } else {
                rows.set(i, new Row(sized(row.enterprise(), facts), null, facts));
            }
            progress.accept(1);
        }
    }

    @Override
    public int writes() {
        return rows.size() + rows.stream().mapToInt(r -> r.facts().size()).sum();
    }

    @Override
    public Committed write(Instant now, IntConsumer progress) {
        Timestamp at = Timestamp.from(now);
        List<Enterprise> created = rows.stream()
                .filter(r -> r.existing() == null)
                .map(Row::enterprise)
                .toList();
        List<Enterprise> updated = rows.stream()
                .filter(r -> r.existing() != null)
                .map(Row::enterprise)
                .toList();
        Map<String, Known> ids = created.isEmpty() ? Map.of() : context.store().insert(created, at, progress);
        context.store().update(updated, at, progress);
        List<Stated> facts = new ArrayList<>();
        for (Row row : rows) {
            long id = row.existing() != null
                    ? row.existing().id()
                    : ids.get(row.enterprise().creditCode().value()).id();
            row.facts().forEach(f -> facts.add(new Stated(id, f)));
        }
        context.store().append(facts, progress);
        return new Committed(context.rows(), created.size(), updated.size(), facts.size(), 0);
    }

    /**
     * The row's figures for the period ending on its period end: flows (revenue, spending, taxes)
     * cover the year up to that day, stocks (staff, assets, patents) describe that day.
     */
    private List<Fact> figures(RowCells cells) {
        LocalDate end = cells.date("periodEnd");
        List<Fact> facts = new ArrayList<>();
        for (String name : ImportKind.FIGURES) {
            BigDecimal value = cells.decimal(name);
            FactKind kind = context.kind(name);
            if (value == null || kind == null) {
                continue;
            }
            LocalDate start =
                    end != null && FLOWS.contains(name) ? end.minusYears(1).plusDays(1) : end;
            var statement = new FactStatement(name, value, start, end, FactSource.IMPORTED, null);
            List<FieldProblem> found = EnterpriseRules.factProblems(statement, kind);
            cells.problems(found, Map.of("name", name, "value", name, "periodStart", "periodEnd"));
            if (found.isEmpty()) {
                facts.add(context.fact(kind, new FactValue.Decimal(value), start, end, null));
            }
        }
        return facts;
    }

    private Enterprise sized(Enterprise e, List<Fact> facts) {
        return e.withSizeClass(context.sizes().of(e.industryCode(), facts, context.now()));
    }

    private static Enterprise enterprise(
            CreditCode code,
            EnterpriseDraft draft,
            @Nullable Long parkId,
            @Nullable String segment,
            @Nullable Known existing) {
        String address = draft.address() == null ? null : draft.address().strip();
        return new Enterprise(
                new EnterpriseId(existing == null ? 0 : existing.id()),
                code,
                draft.name().strip(),
                address,
                draft.divisionCode() == null ? code.divisionCode() : draft.divisionCode(),
                draft.industryCode(),
                draft.foundedOn(),
                draft.registeredCapital(),
                parkId,
                segment,
                null,
                false);
    }
}
