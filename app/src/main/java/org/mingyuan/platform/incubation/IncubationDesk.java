package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.incubation.internal.FinancingRounds;
import org.mingyuan.platform.incubation.internal.Incubatees;
import org.mingyuan.platform.incubation.internal.Incubatees.Stay;
import org.mingyuan.platform.incubation.internal.Incubators;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incubators, their incubatees and the financing rounds of enterprises: opens and edits incubators, records entries,
 * graduations and rounds, and reports an incubator with its national conditions measured live. Every call is made on
 * behalf of a {@link Caller} and checked (see {@link IncubationAccess}); a refused call changes nothing. A recorded
 * financing round is published as {@link FinancingRoundRecorded}, which the ledger keeps.
 */
@Service
public class IncubationDesk {

    private final Incubators incubators;
    private final Incubatees incubatees;
    private final FinancingRounds rounds;
    private final EnterpriseRegistry registry;
    private final RegistryFacts facts;
    private final ParkCatalog parks;
    private final ApplicationEventPublisher events;

    IncubationDesk(
            Incubators incubators,
            Incubatees incubatees,
            FinancingRounds rounds,
            EnterpriseRegistry registry,
            RegistryFacts facts,
            ParkCatalog parks,
            ApplicationEventPublisher events) {
        this.incubators = incubators;
        this.incubatees = incubatees;
        this.rounds = rounds;
        this.registry = registry;
        this.facts = facts;
        this.parks = parks;
        this.events = events;
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

    /** Every incubator the caller reads, each with its stays, rounds and conditions today. */
    @Transactional(readOnly = true)
    public List<IncubatorReport> reports(Caller caller) {
        LocalDate today = RegistryTime.today();
        return incubators(caller).stream().map(i -> report(i, today)).toList();
    }

    /** The incubator with its stays, rounds and conditions today; not found when the caller may not read it. */
    @Transactional(readOnly = true)
    public IncubatorReport report(Caller caller, long id) {
        return report(IncubationAccess.readable(caller, find(id)), RegistryTime.today());
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

    /**
     * Records a registry enterprise's entry into the incubator; refused when the enterprise is unknown to the caller,
     * the day is in the future or before its founding, or it is in an incubator already at or after that day.
     */
    @Transactional
    public Incubatee enter(Caller caller, long incubatorId, IncubateeDraft draft) {
        Incubator incubator = IncubationAccess.managed(caller, lock(incubatorId));
        List<FieldProblem> problems = new ArrayList<>();
        Enterprise enterprise = enterprise(caller, "creditCode", draft.creditCode(), problems);
        LocalDate today = RegistryTime.today();
        LocalDate entered = IncubationRules.day(
                "enteredOn",
                draft.enteredOn(),
                enterprise == null ? RegistryTime.EARLIEST : enterprise.foundedOn(),
                today,
                problems);
        if (enterprise != null && entered != null) {
            for (Stay stay : incubatees.ofEnterprise(enterprise.id().value())) {
                if (stay.graduatedOn() == null || stay.graduatedOn().isAfter(entered)) {
                    problems.add(new FieldProblem(
                            "enteredOn",
                            "incubation.enteredOn.overlap",
                            List.of(stay.enteredOn(), find(stay.incubatorId()).name())));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        long id = incubatees.insert(
                incubator.id(),
                enterprise.id().value(),
                enterprise.creditCode().value(),
                entered,
                caller.username(),
                Instant.now());
        return incubatees.byId(id).orElseThrow().named(enterprise.name());
    }

    /** Records an incubatee's graduation: after its entry, not in the future, once. */
    @Transactional
    public Incubatee graduate(Caller caller, long incubatorId, long incubateeId, @Nullable LocalDate graduatedOn) {
        Incubator incubator = IncubationAccess.managed(caller, lock(incubatorId));
        Stay stay = incubatees
                .byId(incubateeId)
                .filter(s -> s.incubatorId() == incubator.id())
                .orElseThrow(() -> new NotFound("incubatee", incubateeId));
        if (stay.graduatedOn() != null) {
            throw new InvalidRequest("graduatedOn", "incubation.graduated.already", stay.graduatedOn());
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = RegistryTime.today();
        LocalDate day = IncubationRules.day("graduatedOn", graduatedOn, RegistryTime.EARLIEST, today, problems);
        if (day != null && !day.isAfter(stay.enteredOn())) {
            problems.add(new FieldProblem(
                    "graduatedOn", "incubation.graduatedOn.notAfterEntry", List.of(day, stay.enteredOn())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        incubatees.graduate(stay.id(), day);
        return incubatees.byId(stay.id()).orElseThrow().named(name(stay.enterpriseId()));
    }

    /**
     * Records a financing round of an enterprise the caller manages; with {@code incubatorId}, an investment by that
     * incubator's own fund, which the caller must manage and the enterprise must have stayed in.
     */
    @Transactional
    public FinancingRound finance(Caller caller, FinancingDraft draft) {
        if (!caller.has(Role.ADMIN) && !(caller.has(Role.PARK_OPERATOR) && caller.parkId() != null)) {
            throw new AccessDeniedException("only administrators and park operators record financing rounds");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Enterprise enterprise = enterprise(caller, "creditCode", draft.creditCode(), problems);
        String investor = IncubationRules.name("investor", draft.investor(), problems);
        BigDecimal amount = IncubationRules.amount(
                "amount", draft.amount(), true, false, IncubationRules.MAX_MONEY, "incubation.money.range", problems);
        LocalDate closed = IncubationRules.day(
                "closedOn",
                draft.closedOn(),
                enterprise == null ? RegistryTime.EARLIEST : enterprise.foundedOn(),
                RegistryTime.today(),
                problems);
        if (draft.stage() == null) {
            problems.add(new FieldProblem("stage", "incubation.required", List.of()));
        }
        Long fund = draft.incubatorId();
        if (fund != null) {
            Incubator incubator = incubators
                    .byId(fund)
                    .filter(i -> IncubationAccess.manages(caller, i.parkId()))
                    .orElse(null);
            if (incubator == null) {
                problems.add(new FieldProblem("incubatorId", "incubation.incubator.unknown", List.of(fund)));
            } else if (enterprise != null
                    && incubatees.ofEnterprise(enterprise.id().value()).stream()
                            .noneMatch(s -> s.incubatorId() == fund)) {
                problems.add(new FieldProblem(
                        "incubatorId", "incubation.incubatorId.notIncubatee", List.of(incubator.name())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        long id = rounds.insert(
                enterprise.id().value(),
                enterprise.creditCode().value(),
                investor,
                amount,
                closed,
                draft.stage(),
                fund,
                caller.username(),
                Instant.now());
        events.publishEvent(new FinancingRoundRecorded(
                id, enterprise.creditCode().value(), investor, amount, closed, draft.stage(), fund, caller.username()));
        return rounds.of(List.of(enterprise.id().value())).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow()
                .named(enterprise.name());
    }

    /** The calling enterprise's own stays and rounds; refused for anyone not acting for an enterprise. */
    @Transactional(readOnly = true)
    public MyIncubation mine(Caller caller) {
        if (!caller.has(Role.ENTERPRISE) || caller.enterpriseId() == null) {
            throw new AccessDeniedException("only an enterprise's own accounts read its incubation");
        }
        long enterprise = caller.enterpriseId();
        String name = name(enterprise);
        List<MyIncubation.Stay> stays = incubatees.ofEnterprise(enterprise).stream()
                .map(s -> new MyIncubation.Stay(
                        s.named(name), find(s.incubatorId()).name()))
                .toList();
        return new MyIncubation(
                stays,
                rounds.of(List.of(enterprise)).stream().map(r -> r.named(name)).toList());
    }

    /** The report of an incubator on {@code day}, without access checks; for the desk and the figure source. */
    IncubatorReport report(Incubator incubator, LocalDate day) {
        Map<Long, String> names = new HashMap<>();
        List<Stay> stays = incubatees.of(incubator.id());
        List<Long> enterprises =
                stays.stream().map(Stay::enterpriseId).distinct().toList();
        List<FinancingRounds.Stored> stored = rounds.of(enterprises);
        Set<Long> financed = stored.stream()
                .filter(r -> !r.closedOn().isAfter(day))
                .map(FinancingRounds.Stored::enterpriseId)
                .collect(Collectors.toSet());
        Set<Long> ownFund = stored.stream()
                .filter(r -> !r.closedOn().isAfter(day) && Objects.equals(r.incubatorId(), incubator.id()))
                .map(FinancingRounds.Stored::enterpriseId)
                .collect(Collectors.toSet());
        List<NationalConditions.Member> members = new ArrayList<>();
        List<Incubatee> named = new ArrayList<>();
        for (Stay stay : stays) {
            Incubatee incubatee = stay.named(names.computeIfAbsent(stay.enterpriseId(), this::name));
            named.add(incubatee);
            if (incubatee.currentOn(day)) {
                members.add(member(stay, day, financed, ownFund));
            }
        }
        long graduates = named.stream().filter(i -> i.graduatedBy(day)).count();
        return new IncubatorReport(
                incubator,
                parks.get(new ParkId(incubator.parkId())).name(Locale.SIMPLIFIED_CHINESE),
                day,
                named,
                stored.stream()
                        .map(r -> r.named(names.computeIfAbsent(r.enterpriseId(), this::name)))
                        .toList(),
                NationalConditions.of(incubator, members, graduates, day));
    }

    private NationalConditions.Member member(Stay stay, LocalDate day, Set<Long> financed, Set<Long> ownFund) {
        Map<String, Object> values = facts.of(new EnterpriseId(stay.enterpriseId()), day)
                .map(f -> f.values())
                .orElse(Map.of());
        Object founded = values.get("foundedOn");
        return new NationalConditions.Member(
                founded instanceof LocalDate d ? d : stay.enteredOn(),
                stay.enteredOn(),
                financed.contains(stay.enterpriseId()),
                ownFund.contains(stay.enterpriseId()),
                values.get("revenueGrowth") instanceof Double g ? g : null,
                values.get("rdIntensity") instanceof Double r ? r : null);
    }

    private @Nullable Enterprise enterprise(
            Caller caller, String field, @Nullable String creditCode, List<FieldProblem> problems) {
        if (creditCode == null || creditCode.isBlank()) {
            problems.add(new FieldProblem(field, "incubation.required", List.of()));
            return null;
        }
        try {
            return registry.find(caller, creditCode);
        } catch (NotFound | AccessDeniedException unknown) {
            problems.add(new FieldProblem(field, "incubation.enterprise.unknown", List.of(creditCode.strip())));
            return null;
        }
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

    private Incubator find(long id) {
        return incubators.byId(id).orElseThrow(() -> new NotFound("incubator", id));
    }

    private Incubator lock(long id) {
        return incubators.lock(id).orElseThrow(() -> new NotFound("incubator", id));
    }

    private String name(long enterprise) {
        return registry.publicName(new EnterpriseId(enterprise)).orElse("#" + enterprise);
    }
}
