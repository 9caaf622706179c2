package org.mingyuan.platform.incubation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.incubation.internal.FinancingRounds;
import org.mingyuan.platform.incubation.internal.Incubatees;
import org.mingyuan.platform.incubation.internal.Incubatees.Stay;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incubatees of incubators: records an enterprise's entry and its graduation, and shows an enterprise its own
 * stays and rounds. Every call is made on behalf of a {@link Caller} and checked (see {@link IncubationAccess}); a
 * refused call changes nothing.
 */
@Service
public class IncubateeDesk {

    private final IncubatorDesk incubatorDesk;
    private final Incubatees incubatees;
    private final FinancingRounds rounds;
    private final EnterpriseLookup enterprises;

    IncubateeDesk(
            IncubatorDesk incubatorDesk, Incubatees incubatees, FinancingRounds rounds, EnterpriseLookup enterprises) {
        this.incubatorDesk = incubatorDesk;
        this.incubatees = incubatees;
        this.rounds = rounds;
        this.enterprises = enterprises;
    }

    /**
     * Records a registry enterprise's entry into the incubator; refused when the enterprise is unknown to the caller,
     * the day is in the future or before its founding, or it is in an incubator already at or after that day.
     */
    @Transactional
    public Incubatee enter(Caller caller, long incubatorId, IncubateeDraft draft) {
        Incubator incubator = IncubationAccess.managed(caller, incubatorDesk.lock(incubatorId));
        List<FieldProblem> problems = new ArrayList<>();
        Enterprise enterprise = enterprises.enterprise(caller, "creditCode", draft.creditCode(), problems);
        LocalDate today = RegistryTime.today();
        LocalDate entered = IncubationRules.day(
                "enteredOn",
                draft.enteredOn(),
                enterprise == null ? RegistryTime.EARLIEST : enterprise.foundedOn(),
                today,
                problems);
        if (enterprise != null && entered != null) {
            incubatees.lockEntries();
            for (Stay stay : incubatees.ofEnterprise(enterprise.id().value())) {
                if (stay.graduatedOn() == null || stay.graduatedOn().isAfter(entered)) {
                    problems.add(new FieldProblem(
                            "enteredOn",
                            "incubation.enteredOn.overlap",
                            List.of(
                                    stay.enteredOn(),
                                    incubatorDesk.find(stay.incubatorId()).name())));
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
        Incubator incubator = IncubationAccess.managed(caller, incubatorDesk.lock(incubatorId));
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
        return incubatees.byId(stay.id()).orElseThrow().named(enterprises.name(stay.enterpriseId()));
    }

    /** The calling enterprise's own stays and rounds; refused for anyone not acting for an enterprise. */
    @Transactional(readOnly = true)
    public MyIncubation mine(Caller caller) {
        if (!caller.has(Role.ENTERPRISE) || caller.enterpriseId() == null) {
            throw new AccessDeniedException("only an enterprise's own accounts read its incubation");
        }
        long enterprise = caller.enterpriseId();
        String name = enterprises.name(enterprise);
        List<MyIncubation.Stay> stays = incubatees.ofEnterprise(enterprise).stream()
                .map(s -> new MyIncubation.Stay(
                        s.named(name), incubatorDesk.find(s.incubatorId()).name()))
                .toList();
        return new MyIncubation(
                stays,
                rounds.of(List.of(enterprise)).stream().map(r -> r.named(name)).toList());
    }
}
