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
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.incubation.internal.FinancingRounds;
import org.mingyuan.platform.incubation.internal.Incubatees;
import org.mingyuan.platform.incubation.internal.Incubatees.Stay;
import org.mingyuan.platform.incubation.internal.Incubators;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financing rounds of enterprises and the incubator reports that measure them: records rounds, including
 * investments by an incubator's own fund, and reports an incubator with its stays, rounds and national conditions
 * measured live. Every call is made on behalf of a {@link Caller} and checked (see {@link IncubationAccess}); a
 * refused call changes nothing. A recorded round is published as {@link FinancingRoundRecorded}, which the ledger
 * keeps.
 */
@Service
public class FinancingDesk {

    private final IncubatorDesk incubatorDesk;
    private final Incubators incubators;
    private final Incubatees incubatees;
    private final FinancingRounds rounds;
    private final EnterpriseLookup enterprises;
    private final RegistryFacts facts;
    private final ParkCatalog parks;
    private final ApplicationEventPublisher events;

    FinancingDesk(
            IncubatorDesk incubatorDesk,
            Incubators incubators,
            Incubatees incubatees,
            FinancingRounds rounds,
            EnterpriseLookup enterprises,
            RegistryFacts facts,
            ParkCatalog parks,
            ApplicationEventPublisher events) {
        this.incubatorDesk = incubatorDesk;
        this.incubators = incubators;
        this.incubatees = incubatees;
        this.rounds = rounds;
        this.enterprises = enterprises;
        this.facts = facts;
        this.parks = parks;
        this.events = events;
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
        Enterprise enterprise = enterprises.enterprise(caller, "creditCode", draft.creditCode(), problems);
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

    /** Every incubator the caller reads, each with its stays, rounds and conditions today. */
    @Transactional(readOnly = true)
    public List<IncubatorReport> reports(Caller caller) {
        LocalDate today = RegistryTime.today();
        return incubatorDesk.incubators(caller).stream()
                .map(i -> report(i, today))
                .toList();
    }

    /** The incubator with its stays, rounds and conditions today; not found when the caller may not read it. */
    @Transactional(readOnly = true)
    public IncubatorReport report(Caller caller, long id) {
        return report(IncubationAccess.readable(caller, incubatorDesk.find(id)), RegistryTime.today());
    }

    /** The report of an incubator on {@code day}, without access checks; for the desk and the figure source. */
    IncubatorReport report(Incubator incubator, LocalDate day) {
        Map<Long, String> names = new HashMap<>();
        List<Stay> stays = incubatees.of(incubator.id());
        List<Long> staying = stays.stream().map(Stay::enterpriseId).distinct().toList();
        List<FinancingRounds.Stored> stored = rounds.of(staying);
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
            Incubatee incubatee = stay.named(names.computeIfAbsent(stay.enterpriseId(), enterprises::name));
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
                        .map(r -> r.named(names.computeIfAbsent(r.enterpriseId(), enterprises::name)))
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
}
