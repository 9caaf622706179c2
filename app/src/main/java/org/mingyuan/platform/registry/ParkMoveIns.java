package org.mingyuan.platform.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseChanged;
import org.mingyuan.platform.registry.EnterpriseEvents.MoveInDecided;
import org.mingyuan.platform.registry.EnterpriseEvents.MoveInRequested;
import org.mingyuan.platform.registry.internal.EnterpriseRules;
import org.mingyuan.platform.registry.internal.Enterprises;
import org.mingyuan.platform.registry.internal.MoveInRequests;
import org.mingyuan.platform.registry.internal.MoveInRequests.Stored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a firm registered elsewhere (or in no park) into an operator's park: the operator asks by
 * credit code, and the firm's own account or a policy officer confirms or declines. The operator
 * learns nothing of the firm until it is confirmed; until then it sees only the code it typed.
 */
@Service
public class ParkMoveIns {

    private final MoveInRequests requests;
    private final Enterprises enterprises;
    private final ParkCatalog parks;
    private final ApplicationEventPublisher events;

    ParkMoveIns(MoveInRequests requests, Enterprises enterprises, ParkCatalog parks, ApplicationEventPublisher events) {
        this.requests = requests;
        this.enterprises = enterprises;
        this.parks = parks;
        this.events = events;
    }

    /**
     * A move-in request as its reader may see it; the firm's name only for officials, the firm
     * itself, and the operator once the firm has moved in.
     */
    public record MoveIn(
            long id,
            String creditCode,
            @Nullable String enterpriseName,
            long parkId,
            String parkName,
            String state,
            String requestedBy,
            Instant requestedAt,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}

    /** A park operator asks for the firm with this credit code to move into its park. */
    @Transactional
    public MoveIn request(Caller caller, @Nullable String creditCode) {
        if (!caller.has(Role.PARK_OPERATOR) || caller.parkId() == null) {
            throw new AccessDeniedException("only a park's operator asks for a move-in");
        }
        List<FieldProblem> problems = new ArrayList<>();
        CreditCode code = EnterpriseRules.creditCode(creditCode, problems);
        if (code == null) {
            throw new InvalidRequest(problems);
        }
        long park = caller.parkId();
        Optional<Enterprise> firm = enterprises.byCreditCode(code.value());
        if (firm.isPresent() && Long.valueOf(park).equals(firm.get().parkId())) {
            throw new InvalidRequest("creditCode", "registry.alreadyInPark", code.value());
        }
        Stored stored = requests.pending(code.value(), park).orElseGet(() -> {
            long id = requests.insert(code.value(), park, caller.username());
            events.publishEvent(new MoveInRequested(id, code.value(), park, caller.username()));
            return requests.lock(id).orElseThrow();
        });
        return view(caller, stored, firm);
    }

    /** The requests the caller may see: its park's (operator), its own (enterprise), all (officials). */
    @Transactional(readOnly = true)
    public List<MoveIn> list(Caller caller) {
        List<Stored> stored;
        if (official(caller) || caller.has(Role.SUPERVISOR)) {
            stored = requests.list(null, null);
        } else if (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null) {
            stored = requests.list(caller.parkId(), null);
        } else if (caller.enterpriseId() != null) {
            stored = enterprises
                    .byId(new EnterpriseId(caller.enterpriseId()))
                    .map(own -> requests.list(null, own.creditCode().value()))
                    .orElse(List.of());
        } else {
            stored = List.of();
        }
        return stored.stream()
                .map(s -> view(caller, s, enterprises.byCreditCode(s.creditCode())))
                .toList();
    }

    /** The firm's account or a policy officer confirms (the firm moves into the park) or declines. */
    @Transactional
    public MoveIn decide(Caller caller, long id, boolean confirm) {
        Stored stored = requests.lock(id).orElseThrow(() -> new NotFound("moveIn", id));
        Optional<Enterprise> firm = enterprises.byCreditCode(stored.creditCode());
        boolean own = firm.isPresent()
                && caller.enterpriseId() != null
                && caller.enterpriseId() == firm.get().id().value();
        if (!official(caller) && !own) {
            throw new AccessDeniedException("may not decide move-in " + id);
        }
        if (!stored.state().equals("PENDING")) {
            throw new InvalidRequest("id", "registry.moveInDecided", id, stored.state());
        }
        if (confirm) {
            Enterprise moving = firm.orElseThrow(
                    () -> new InvalidRequest("creditCode", "registry.unknownEnterprise", stored.creditCode()));
            enterprises.update(moving.withPark(stored.parkId()));
            events.publishEvent(new EnterpriseChanged(
                    moving.id(), stored.creditCode(), caller.username(), "moved into park " + stored.parkId()));
        }
        requests.decide(id, confirm ? "CONFIRMED" : "DECLINED", caller.username());
        events.publishEvent(new MoveInDecided(id, stored.creditCode(), stored.parkId(), confirm, caller.username()));
        return view(caller, requests.lock(id).orElseThrow(), enterprises.byCreditCode(stored.creditCode()));
    }

    private MoveIn view(Caller caller, Stored s, Optional<Enterprise> firm) {
        boolean named = official(caller)
                || caller.has(Role.SUPERVISOR)
                || (firm.isPresent()
                        && (Long.valueOf(firm.get().id().value()).equals(caller.enterpriseId())
                                || (s.state().equals("CONFIRMED")
                                        && firm.get().parkId() != null
                                        && firm.get().parkId().equals(caller.parkId()))));
        Park park = parks.get(new ParkId(s.parkId()));
        return new MoveIn(
                s.id(),
                s.creditCode(),
                named ? firm.map(Enterprise::name).orElse(null) : null,
                s.parkId(),
                park.nameZh(),
                s.state(),
                s.requestedBy(),
                s.requestedAt(),
                s.decidedBy(),
                s.decidedAt());
    }

    private static boolean official(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER);
    }
}
