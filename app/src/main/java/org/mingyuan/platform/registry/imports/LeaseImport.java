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
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;
import org.mingyuan.platform.registry.imports.ImportStore.Known;
import org.mingyuan.platform.registry.imports.ImportStore.LeaseSpan;
import org.mingyuan.platform.registry.imports.ImportStore.Leased;
import org.mingyuan.platform.registry.imports.ImportStore.UnitArea;
import org.mingyuan.platform.registry.internal.EnterpriseRules;
import org.mingyuan.platform.registry.internal.LetPeak;
import org.mingyuan.platform.registry.internal.RegistryAccess;

/**
 * Imports leases of park units by enterprises already in the registry. A unit's let area may never
 * exceed its area in any part of a period, counting stored leases and the file's earlier rows; the
 * units are locked from this check to the commit, so no other lease is written in between. A tenant
 * in no park becomes one of the unit's park when an official imports; a park operator leases only to
 * its own park's enterprises.
 */
final class LeaseImport implements RowImport {

    private final ImportContext context;
    private final Map<String, UnitArea> units = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private record Row(int row, Leased lease, UnitArea unit, Known tenant) {}

    LeaseImport(ImportContext context) {
        this.context = context;
        context.store().units().forEach(u -> units.put(key(u.parkId(), u.building(), u.unit()), u));
    }

    @Override
    public void read(RowCells cells) {
        List<FieldProblem> found = new ArrayList<>();
        CreditCode code = EnterpriseRules.creditCode(cells.text("creditCode"), found);
        cells.problems(found, Map.of());
        Known tenant = code == null ? null : context.known(code.value());
        if (code != null && (tenant == null || !context.scope().mayLeaseTo(tenant.parkId()))) {
            cells.problem(
                    "creditCode", RegistryAccess.unknownTenant(context.scope().caller()), code.value());
        }
        Long parkId = context.park(cells, "parkCode");
        if (parkId != null && !context.scope().mayPlaceIn(parkId)) {
            cells.problem("parkCode", "imports.notYourPark", cells.text("parkCode"));
        }
        String building = cells.text("building");
        String unitName = cells.text("unit");
        UnitArea unit = parkId == null || building == null || unitName == null
                ? null
                : units.get(key(parkId, building, unitName));
        if (parkId != null && building != null && unitName != null && unit == null) {
            cells.problem("unit", "imports.unknownUnit", building, unitName);
        }
        BigDecimal area = cells.decimal("areaM2");
        LocalDate start = cells.date("startOn");
        LocalDate end = cells.date("endOn");
        BigDecimal rent = cells.decimal("monthlyRent");
        cells.problems(EnterpriseRules.leaseTermProblems(area, start, end, rent), Map.of());
        if (!cells.anyFaulty() && context.keepsRows()) {
            var span = new LeaseSpan(unit.id(), tenant.id(), area, start, end);
            rows.add(new Row(cells.row(), new Leased(span, rent), unit, tenant));
        }
    }

    @Override
    public void check(IntConsumer progress) {
        Map<Long, List<LeaseSpan>> taken = context.store()
                .lockedLeases(rows.stream().map(r -> r.unit().id()).toList());
        for (Row row : rows) {
            LeaseSpan lease = row.lease().span();
            List<LeaseSpan> before = taken.computeIfAbsent(lease.unitId(), id -> new ArrayList<>());
            if (before.stream()
                    .anyMatch(l -> l.enterpriseId() == lease.enterpriseId()
                            && l.start().equals(lease.start())
                            && l.end().equals(lease.end()))) {
                context.problems().add(row.row(), "startOn", "imports.leaseExists", lease.start(), lease.end());
            } else {
                BigDecimal let = LetPeak.of(before, lease.start(), lease.end());
                BigDecimal free = row.unit().areaM2().subtract(let);
                if (lease.areaM2().compareTo(free) > 0) {
                    context.problems()
                            .add(
                                    row.row(),
                                    "areaM2",
                                    "registry.areaTaken",
                                    lease.areaM2(),
                                    free.max(BigDecimal.ZERO),
                                    row.unit().building() + " " + row.unit().unit());
                }
            }
            before.add(lease);
            progress.accept(1);
        }
    }

    @Override
    public int writes() {
        return rows.size();
    }

    @Override
    public Committed write(Instant now, IntConsumer progress) {
        context.store().leases(rows.stream().map(Row::lease).toList(), Timestamp.from(now), progress);
        Map<Long, List<Long>> homeless = new HashMap<>();
        rows.stream()
                .filter(r -> r.tenant().parkId() == null)
                .forEach(r -> homeless.computeIfAbsent(r.unit().parkId(), p -> new ArrayList<>())
                        .add(r.tenant().id()));
        homeless.forEach((park, tenants) -> context.store().placeInPark(tenants, park));
        return new Committed(context.rows(), 0, 0, 0, rows.size());
    }

    private static String key(long parkId, String building, String unit) {
        return parkId + "|" + building + "|" + unit;
    }
}
