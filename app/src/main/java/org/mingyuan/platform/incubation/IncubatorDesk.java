package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.incubation.internal.Incubators;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incubators inside parks: lists the ones a caller reads, opens and edits them with their space, seed fund and
 * income. Every call is made on behalf of a {@link Caller} and checked (see {@link IncubationAccess}); a refused call
 * changes nothing.
 */
@Service
public class IncubatorDesk {

    private final Incubators incubators;
    private final ParkCatalog parks;

    IncubatorDesk(Incubators incubators, ParkCatalog parks) {
        this.incubators = incubators;
        this.parks = parks;
    }

    /** The incubators the caller reads: all for officials, its park's for an operator; refused for anyone else. */
    @Transactional(readOnly = true)
    public List<Incubator> incubators(Caller caller) {
        if (caller.isOfficial()) {
            return incubators.all();
        }
        if (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null) {
            return incubators.ofPark(caller.parkId());
        }
        throw new AccessDeniedException("only officials and park operators read incubators");
    }

    /** Opens an incubator in a park the caller manages; refused whole, naming every bad field. */
    @Transactional
    public Incubator open(Caller caller, IncubatorDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        Long park = draft.parkId();
        if (park == null) {
            problems.add(new FieldProblem("parkId", "incubation.required", List.of()));
        } else if (parks.all().stream().noneMatch(p -> p.id().value() == park)) {
            problems.add(new FieldProblem("parkId", "incubation.park.unknown", List.of(park)));
        } else if (!IncubationAccess.manages(caller, park)) {
            problems.add(new FieldProblem("parkId", "incubation.park.notYours", List.of(park)));
        }
        Checked checked = check(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        long id = incubators.insert(
                park,
                checked.name(),
                checked.area(),
                checked.incubateeArea(),
                checked.seedFund(),
                checked.incomeTotal(),
                checked.incomeServices(),
                caller.username(),
                Instant.now());
        return find(id);
    }

    /** Replaces an incubator's name, space, fund and income; its park never changes. */
    @Transactional
    public Incubator edit(Caller caller, long id, IncubatorDraft draft) {
        Incubator current = IncubationAccess.managed(caller, lock(id));
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.parkId() != null && draft.parkId() != current.parkId()) {
            problems.add(new FieldProblem("parkId", "incubation.park.fixed", List.of(current.parkId())));
        }
        Checked checked = check(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        incubators.update(
                id,
                checked.name(),
                checked.area(),
                checked.incubateeArea(),
                checked.seedFund(),
                checked.incomeTotal(),
                checked.incomeServices());
        return find(id);
    }

    private Checked check(IncubatorDraft draft, List<FieldProblem> problems) {
        String name = IncubationRules.name("name", draft.name(), problems);
        BigDecimal area = IncubationRules.amount(
                "areaM2", draft.areaM2(), true, false, IncubationRules.MAX_AREA_M2, "incubation.area.range", problems);
        BigDecimal incubateeArea = IncubationRules.amount(
                "incubateeAreaM2",
                draft.incubateeAreaM2(),
                true,
                true,
                area == null ? IncubationRules.MAX_AREA_M2 : area,
                "incubation.incubateeArea.range",
                problems);
        BigDecimal seedFund = IncubationRules.amount(
                "seedFund",
                draft.seedFund(),
                true,
                true,
                IncubationRules.MAX_MONEY,
                "incubation.money.range",
                problems);
        BigDecimal total = IncubationRules.amount(
                "incomeTotal",
                draft.incomeTotal(),
                false,
                true,
                IncubationRules.MAX_MONEY,
                "incubation.money.range",
                problems);
        BigDecimal services = IncubationRules.amount(
                "incomeServices",
                draft.incomeServices(),
                false,
                true,
                IncubationRules.MAX_MONEY,
                "incubation.money.range",
                problems);
        if (services != null && total == null && draft.incomeTotal() == null) {
            problems.add(new FieldProblem("incomeTotal", "incubation.incomeTotal.needed", List.of()));
        }
        if (services != null && total != null && services.compareTo(total) > 0) {
            problems.add(new FieldProblem(
                    "incomeServices",
                    "incubation.incomeServices.exceeds",
                    List.of(services.toPlainString(), total.toPlainString())));
        }
        return new Checked(name, area, incubateeArea, seedFund, total, services);
    }

    private record Checked(
            String name,
            BigDecimal area,
            BigDecimal incubateeArea,
            BigDecimal seedFund,
            BigDecimal incomeTotal,
            BigDecimal incomeServices) {}

    /** The incubator; not found when there is none, whoever asks. */
    Incubator find(long id) {
        return incubators.byId(id).orElseThrow(() -> new NotFound("incubator", id));
    }

    /** The incubator, locked for the rest of the transaction; not found when there is none. */
    Incubator lock(long id) {
        return incubators.lock(id).orElseThrow(() -> new NotFound("incubator", id));
    }
}
