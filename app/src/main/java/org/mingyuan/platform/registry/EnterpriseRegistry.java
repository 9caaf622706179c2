package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseChanged;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseRegistered;
import org.mingyuan.platform.registry.internal.Certifications;
import org.mingyuan.platform.registry.internal.EnterpriseRules;
import org.mingyuan.platform.registry.internal.Enterprises;
import org.mingyuan.platform.registry.internal.Facts;
import org.mingyuan.platform.registry.internal.RegistryAccess;
import org.mingyuan.platform.registry.sizing.SizeClassifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise registry's public API: registers and edits enterprises, appends dated facts, answers
 * what was known about an enterprise at any moment, and keeps derived facts (the size class) in step
 * with the facts they depend on. Every call is made on behalf of a {@link Caller} and checked.
 */
@Service
public class EnterpriseRegistry {

    private final Enterprises enterprises;
    private final Facts facts;
    private final Certifications certifications;
    private final EnterpriseRules rules;
    private final SizeClassifications sizing;
    private final FactKinds kinds;
    private final ApplicationEventPublisher events;

    EnterpriseRegistry(
            Enterprises enterprises,
            Facts facts,
            Certifications certifications,
            EnterpriseRules rules,
            SizeClassifications sizing,
            FactKinds kinds,
            ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.facts = facts;
        this.certifications = certifications;
        this.rules = rules;
        this.sizing = sizing;
        this.kinds = kinds;
        this.events = events;
    }

    /** Registers a new enterprise; refuses it whole, naming every bad field, when anything is wrong. */
    @Transactional
    public Enterprise register(Caller caller, EnterpriseDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        CreditCode code = EnterpriseRules.creditCode(draft.creditCode(), problems);
        problems.addAll(rules.profileProblems(draft));
        if (code != null && enterprises.byCreditCode(code.value()).isPresent()) {
            problems.add(new FieldProblem("creditCode", "registry.duplicateCreditCode", List.of(code.value())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        RegistryAccess.requireMayRegister(caller, draft.parkId());
        EnterpriseId id = enterprises.insert(fromDraft(new EnterpriseId(0), code, draft));
        events.publishEvent(new EnterpriseRegistered(id, code.value(), caller.username()));
        return enterprises.byId(id).orElseThrow();
    }

    /** Replaces an enterprise's profile fields; its credit code never changes. */
    @Transactional
    public Enterprise update(Caller caller, String creditCode, EnterpriseDraft draft) {
        Enterprise current = find(caller, creditCode);
        RegistryAccess.requireEditable(caller, current);
        List<FieldProblem> problems = rules.profileProblems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        boolean parkChanges = !Objects.equals(current.parkId(), draft.parkId());
        if (parkChanges && !caller.has(Role.ADMIN) && !caller.has(Role.POLICY_OFFICER)) {
            throw new InvalidRequest("parkId", "registry.parkChangeByOfficials");
        }
        enterprises.update(fromDraft(current.id(), current.creditCode(), draft));
        rederive(current.id());
        events.publishEvent(
                new EnterpriseChanged(current.id(), current.creditCode().value(), caller.username(), "profile"));
        return enterprises.byId(current.id()).orElseThrow();
    }

    /** Appends a fact statement; the enterprise's derived facts follow. */
    @Transactional
    public EnterpriseProfile state(Caller caller, String creditCode, FactStatement statement) {
        Enterprise enterprise = find(caller, creditCode);
        RegistryAccess.requireEditable(caller, enterprise);
        FactKind kind = statement.name() == null
                ? null
                : kinds.find(statement.name().strip().toUpperCase(Locale.ROOT)).orElse(null);
        List<FieldProblem> problems = EnterpriseRules.factProblems(statement, kind);
        FactSource source = statement.source() == null ? FactSource.DECLARED : statement.source();
        if (source != FactSource.DECLARED && !mayVerify(caller)) {
            problems.add(new FieldProblem("source", "registry.sourceNotAllowed", List.of(source)));
        }
        if (kind != null && kind.departmentsOnly() && !mayStateForDepartments(caller)) {
            problems.add(new FieldProblem("name", "facts.departmentsOnly", List.of(kind.key(), kind.labelZh())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var end = statement.periodEnd();
        var start = statement.periodStart() == null ? end : statement.periodStart();
        facts.append(
                enterprise.id(),
                new Fact(
                        kind.key(),
                        EnterpriseRules.factValue(statement.value(), kind),
                        start,
                        end,
                        source,
                        statement.sourceNote(),
                        Instant.now(),
                        caller.username()));
        rederive(enterprise.id());
        events.publishEvent(
                new EnterpriseChanged(enterprise.id(), creditCode, caller.username(), "fact " + kind.key()));
        return profile(caller, creditCode, Instant.now());
    }

    /** What the registry knew about the enterprise at {@code knownAt}. */
    @Transactional(readOnly = true)
    public EnterpriseProfile profile(Caller caller, String creditCode, Instant knownAt) {
        Enterprise enterprise = find(caller, creditCode);
        return profileOf(enterprise, knownAt);
    }

    /** Every fact statement about the enterprise, oldest period first. */
    @Transactional(readOnly = true)
    public List<Fact> history(Caller caller, String creditCode) {
        return facts.history(find(caller, creditCode).id());
    }

    /** One page of the enterprises the caller may see that match {@code query}. */
    @Transactional(readOnly = true)
    public Page<Enterprise> search(Caller caller, EnterpriseQuery query) {
        return enterprises.search(scoped(caller, query));
    }

    /** Every enterprise the caller may see that matches {@code query}'s filters; for exports. */
    @Transactional(readOnly = true)
    public List<Enterprise> all(Caller caller, EnterpriseQuery query) {
        return enterprises.all(scoped(caller, query));
    }

    /** The enterprise with this credit code, if the caller may see it. */
    @Transactional(readOnly = true)
    public Enterprise find(Caller caller, String creditCode) {
        Enterprise enterprise = enterprises
                .byCreditCode(creditCode.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("enterprise", creditCode));
        RegistryAccess.requireVisible(caller, enterprise);
        return enterprise;
    }

    /** The enterprise with this id if it exists and the caller may see it; empty otherwise, alike. */
    @Transactional(readOnly = true)
    public Optional<Enterprise> find(Caller caller, EnterpriseId id) {
        return enterprises.byId(id).filter(enterprise -> RegistryAccess.visible(caller, enterprise));
    }

    /**
     * The enterprise's registered name, which is public (a business licence, a public notice of an award show it);
     * empty when no enterprise has this id.
     */
    @Transactional(readOnly = true)
    public Optional<String> publicName(EnterpriseId id) {
        return enterprises.byId(id).map(Enterprise::name);
    }

    /** True when the caller is one of the enterprise's own accounts, acting for it. */
    public static boolean actsFor(Caller caller, Enterprise enterprise) {
        return RegistryAccess.owns(caller, enterprise);
    }

    /** True when the caller may change {@code enterprise}'s profile and state its facts. */
    public static boolean mayEdit(Caller caller, Enterprise enterprise) {
        return RegistryAccess.visible(caller, enterprise) && RegistryAccess.editable(caller, enterprise);
    }

    /** Recomputes the enterprise's stored derived facts from what is known now. */
    @Transactional
    public void rederive(EnterpriseId id) {
        Enterprise enterprise = enterprises.byId(id).orElseThrow();
        enterprises.setSizeClass(id, profileOf(enterprise, Instant.now()).sizeClass());
    }

    private EnterpriseProfile profileOf(Enterprise enterprise, Instant knownAt) {
        var asOf = RegistryTime.dayOf(knownAt);
        Map<String, Fact> stated = FactHistory.knownAt(facts.history(enterprise.id()), knownAt);
        Map<String, Fact> known = new LinkedHashMap<>();
        kinds.all().stream()
                .filter(kind -> stated.containsKey(kind.key()))
                .forEach(kind -> known.put(kind.key(), stated.get(kind.key())));
        var valid = certifications.of(enterprise.id()).stream()
                .filter(c -> !c.recordedAt().isAfter(knownAt) && c.validOn(asOf))
                .toList();
        BigDecimal staff = number(known.get(FactKeys.STAFF));
        SizeClass size = sizing.classify(
                        asOf,
                        enterprise.industryCode(),
                        staff == null ? null : staff.longValue(),
                        number(known.get(FactKeys.REVENUE)),
                        number(known.get(FactKeys.ASSETS)))
                .orElse(null);
        return new EnterpriseProfile(enterprise, knownAt, asOf, known, valid, size, sizing.standardCode(asOf));
    }

    private static @Nullable BigDecimal number(@Nullable Fact fact) {
        return fact == null ? null : fact.number();
    }

    private static EnterpriseQuery scoped(Caller caller, EnterpriseQuery query) {
        if (caller.isOfficial()) {
            return query;
        }
        if (caller.has(Role.PARK_OPERATOR) && caller.parkId() != null) {
            return query.inPark(caller.parkId());
        }
        if (caller.has(Role.ENTERPRISE) && caller.enterpriseId() != null) {
            return query.onlyEnterprise(caller.enterpriseId());
        }
        return query.onlyEnterprise(-1);
    }

    /** True when the caller states facts for a department: only they may state a departments-only kind. */
    public static boolean mayStateForDepartments(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER);
    }

    /** True when the caller may state facts from a source other than its own declaration. */
    public static boolean mayVerify(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER) || caller.has(Role.REVIEWER);
    }

    private static Enterprise fromDraft(EnterpriseId id, CreditCode code, EnterpriseDraft draft) {
        String division = draft.divisionCode() == null ? code.divisionCode() : draft.divisionCode();
        String segment = draft.chainSegment() == null || draft.chainSegment().isBlank() ? null : draft.chainSegment();
        return new Enterprise(
                id,
                code,
                draft.name().strip(),
                draft.address() == null || draft.address().isBlank()
                        ? null
                        : draft.address().strip(),
                division,
                draft.industryCode(),
                draft.foundedOn(),
                draft.registeredCapital(),
                draft.parkId(),
                segment,
                null,
                false);
    }
}
