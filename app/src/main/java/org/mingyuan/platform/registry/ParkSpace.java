package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseChanged;
import org.mingyuan.platform.registry.Occupancy.BuildingSpace;
import org.mingyuan.platform.registry.Occupancy.SegmentCount;
import org.mingyuan.platform.registry.internal.ChainSegments;
import org.mingyuan.platform.registry.internal.EnterpriseRules;
import org.mingyuan.platform.registry.internal.Enterprises;
import org.mingyuan.platform.registry.internal.RegistryAccess;
import org.mingyuan.platform.registry.internal.Spaces;
import org.mingyuan.platform.registry.internal.Spaces.Unit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A park's space: buildings, units and leases, and the occupancy computed from them. Park operators
 * manage their own park's space and lease it only to their own park's enterprises; administrators
 * and policy officers manage any park's, and a lease they record places a tenant in no park into
 * the unit's park.
 */
@Service
public class ParkSpace {

    /** The lowest and highest floor a unit may be on; basements are negative. */
    private static final int LOWEST_FLOOR = -10;

    private static final int HIGHEST_FLOOR = 200;

    private final Spaces spaces;
    private final Enterprises enterprises;
    private final ChainSegments segments;
    private final ParkCatalog parks;
    private final ApplicationEventPublisher events;

    ParkSpace(
            Spaces spaces,
            Enterprises enterprises,
            ChainSegments segments,
            ParkCatalog parks,
            ApplicationEventPublisher events) {
        this.spaces = spaces;
        this.enterprises = enterprises;
        this.segments = segments;
        this.parks = parks;
        this.events = events;
    }

    /** Adds a building to a park; returns its id. */
    @Transactional
    public long addBuilding(Caller caller, long parkId, @Nullable String name, @Nullable Integer floors) {
        parks.get(new ParkId(parkId));
        requireManages(caller, parkId);
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(new FieldProblem("name", "registry.label", List.of(100)));
        } else if (spaces.buildingId(parkId, name.strip()).isPresent()) {
            problems.add(new FieldProblem("name", "registry.duplicateBuilding", List.of(name.strip())));
        }
        PlainText.problem("name", name, Lines.ONE).ifPresent(problems::add);
        if (floors != null && (floors < 1 || floors > 200)) {
            problems.add(new FieldProblem("floors", "registry.floors", List.of(floors)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        try {
            return spaces.addBuilding(parkId, name.strip(), floors);
        } catch (DuplicateKeyException addedMeanwhile) {
            throw new InvalidRequest("name", "registry.duplicateBuilding", name.strip());
        }
    }

    /** Adds a unit (a floor, a suite) to a building; returns its id. Unit names are unique in a building. */
    @Transactional
    public long addUnit(
            Caller caller,
            long buildingId,
            @Nullable String name,
            @Nullable Integer floor,
            @Nullable BigDecimal areaM2) {
        long parkId = spaces.parkOfBuilding(buildingId).orElseThrow(() -> new NotFound("building", buildingId));
        requireManages(caller, parkId);
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 60) {
            problems.add(new FieldProblem("name", "registry.label", List.of(60)));
        } else if (spaces.unitId(buildingId, name.strip()).isPresent()) {
            problems.add(new FieldProblem("name", "registry.duplicateUnit", List.of(name.strip())));
        }
        PlainText.problem("name", name, Lines.ONE).ifPresent(problems::add);
        if (floor != null && (floor < LOWEST_FLOOR || floor > HIGHEST_FLOOR)) {
            problems.add(new FieldProblem("floor", "registry.floor", List.of(floor, LOWEST_FLOOR, HIGHEST_FLOOR)));
        }
        if (areaM2 == null) {
            problems.add(new FieldProblem("areaM2", "registry.required", List.of()));
        } else {
            EnterpriseRules.areaProblem("areaM2", areaM2).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        try {
            return spaces.addUnit(buildingId, name.strip(), floor, areaM2);
        } catch (DuplicateKeyException addedMeanwhile) {
            throw new InvalidRequest("name", "registry.duplicateUnit", name.strip());
        }
    }

    /**
     * Records a lease; the unit's let area may never exceed its area in any part of the period. The
     * unit stays locked from the check to the commit, so concurrent leases never over-let it.
     */
    @Transactional
    public void lease(Caller caller, LeaseDraft draft) {
        List<FieldProblem> problems = leaseProblems(draft);
        Unit unit = draft.unitId() == null || !spaces.lock(draft.unitId())
                ? null
                : spaces.unit(draft.unitId()).orElseThrow();
        if (draft.unitId() != null && unit == null) {
            problems.add(new FieldProblem("unitId", "registry.unknownUnit", List.of(draft.unitId())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        requireManages(caller, unit.parkId());
        Enterprise tenant = enterprises
                .byCreditCode(draft.creditCode().strip().toUpperCase(Locale.ROOT))
                .filter(e -> RegistryAccess.mayLeaseTo(caller, e.parkId()))
                .orElseThrow(() ->
                        new InvalidRequest("creditCode", RegistryAccess.unknownTenant(caller), draft.creditCode()));
        BigDecimal free = unit.areaM2().subtract(spaces.peakLeasedArea(unit.id(), draft.startOn(), draft.endOn()));
        if (draft.areaM2().compareTo(free) > 0) {
            throw new InvalidRequest(
                    "areaM2", "registry.areaTaken", draft.areaM2(), free.max(BigDecimal.ZERO), unit.name());
        }
        spaces.addLease(
                unit.id(), tenant.id().value(), draft.areaM2(), draft.startOn(), draft.endOn(), draft.monthlyRent());
        if (tenant.parkId() == null) {
            enterprises.update(tenant.withPark(unit.parkId()));
        }
        events.publishEvent(
                new EnterpriseChanged(tenant.id(), tenant.creditCode().value(), caller.username(), "lease"));
    }

    /** The park's occupancy on {@code on}, computed from its units and leases. */
    @Transactional(readOnly = true)
    public Occupancy occupancy(long parkId, LocalDate on) {
        parks.get(new ParkId(parkId));
        List<BuildingSpace> buildings = spaces.buildings(parkId, on).stream()
                .map(b -> new BuildingSpace(b.id(), b.name(), b.totalM2(), b.occupiedM2()))
                .toList();
        BigDecimal total = buildings.stream().map(BuildingSpace::totalM2).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal occupied =
                buildings.stream().map(BuildingSpace::occupiedM2).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Integer> perSegment = spaces.enterprisesPerSegment(parkId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<SegmentCount> counts = segments.all().stream()
                .map(segment -> new SegmentCount(segment, perSegment.getOrDefault(segment.code(), 0)))
                .toList();
        return new Occupancy(parkId, on, total, occupied, spaces.tenants(parkId, on), buildings, counts);
    }

    static List<FieldProblem> leaseProblems(LeaseDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.creditCode() == null || draft.creditCode().isBlank()) {
            problems.add(new FieldProblem("creditCode", "registry.required", List.of()));
        }
        if (draft.unitId() == null) {
            problems.add(new FieldProblem("unitId", "registry.required", List.of()));
        }
        if (draft.areaM2() == null) {
            problems.add(new FieldProblem("areaM2", "registry.required", List.of()));
        }
        if (draft.startOn() == null) {
            problems.add(new FieldProblem("startOn", "registry.required", List.of()));
        }
        if (draft.endOn() == null) {
            problems.add(new FieldProblem("endOn", "registry.required", List.of()));
        }
        problems.addAll(
                EnterpriseRules.leaseTermProblems(draft.areaM2(), draft.startOn(), draft.endOn(), draft.monthlyRent()));
        return problems;
    }

    /** A park's space as its managers see it: buildings, units with their let area today, running leases. */
    public record Layout(
            List<Spaces.BuildingArea> buildings, List<Spaces.UnitRow> units, List<Spaces.LeaseRow> leases) {}

    /** The park's space for the space page; only its operator and officials may see it. */
    @Transactional(readOnly = true)
    public Layout layout(Caller caller, long parkId) {
        parks.get(new ParkId(parkId));
        requireManages(caller, parkId);
        LocalDate today = RegistryTime.today();
        return new Layout(spaces.buildings(parkId, today), spaces.units(parkId, today), spaces.leases(parkId, today));
    }

    /** True when {@code caller} may manage the space of park {@code parkId}. */
    public static boolean manages(Caller caller, long parkId) {
        return caller.has(Role.ADMIN)
                || caller.has(Role.POLICY_OFFICER)
                || (caller.has(Role.PARK_OPERATOR) && Long.valueOf(parkId).equals(caller.parkId()));
    }

    private static void requireManages(Caller caller, long parkId) {
        if (!manages(caller, parkId)) {
            throw new AccessDeniedException("may not manage the space of park " + parkId);
        }
    }
}
