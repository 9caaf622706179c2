package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.internal.Applications;
import org.mingyuan.platform.fulfillment.internal.Awards;
import org.mingyuan.platform.fulfillment.internal.Budgets;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.fulfillment.internal.Grants;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.MatchingEvents.GrantsQualified;
import org.mingyuan.platform.policy.matching.MatchingEvents.Qualified;
import org.mingyuan.platform.policy.push.Notifications;
import org.mingyuan.platform.policy.push.PushKind;
import org.mingyuan.platform.policy.push.PushRequest;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.RegistryTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awards granted without application (免申即享): each enterprise newly eligible for a clause version in mode AUTO gets
 * a grant (MATCHED), is told in its inbox (PUSHED), and confirms or declines it; the department's reviewers confirm in
 * bulk. Once both confirmed, in the same transaction, an application marked {@value #MARKER} and a case already
 * approved at the grant's amount open, the amount is reserved against the clause's budget as any approval is, and the
 * case's step GRANTED is recorded, told and entered in the ledger; the case then goes through public notice and payment
 * like any other.
 */
@Service
public class GrantDesk {

    /** Who files the application of a granted award, and its contact. */
    public static final String MARKER = "免申即享";

    /** Most grants one list answers, and one bulk confirmation names. */
    public static final int MAX_PAGE = 1000;

    /** A grant waiting for confirmation is flagged when its clause version ends within this many days. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    private static final Logger log = LoggerFactory.getLogger(GrantDesk.class);

    private final Grants grants;
    private final Applications applications;
    private final Cases cases;
    private final Awards awards;
    private final Budgets budgets;
    private final ClauseCatalog catalog;
    private final PolicyDesk policies;
    private final ReviewStages stages;
    private final StepRecorder recorder;
    private final Notifications notifications;
    private final NoticePeriod notices;
    private final EnterpriseRegistry registry;
    private final Clock clock;

    GrantDesk(
            Grants grants,
            Applications applications,
            Cases cases,
            Awards awards,
            Budgets budgets,
            ClauseCatalog catalog,
            PolicyDesk policies,
            ReviewStages stages,
            StepRecorder recorder,
            Notifications notifications,
            NoticePeriod notices,
            EnterpriseRegistry registry,
            Clock clock) {
        this.grants = grants;
        this.applications = applications;
        this.cases = cases;
        this.awards = awards;
        this.budgets = budgets;
        this.catalog = catalog;
        this.policies = policies;
        this.stages = stages;
        this.recorder = recorder;
        this.notifications = notifications;
        this.notices = notices;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Grants the clause version's award to the enterprises newly eligible for it, in one transaction: the grants in JDBC
     * batches (none twice: one per enterprise and version, and none while the enterprise holds one of the clause it did
     * not decline), their messages in one push, then PUSHED. A replay writes nothing new and tells no one twice.
     */
    @ApplicationModuleListener
    void on(GrantsQualified qualified) {
        grant(qualified);
    }

    /** What {@link #on} does, in the caller's transaction or one of its own. */
    @Transactional
    void grant(GrantsQualified qualified) {
        ClauseVersion version = qualified.clause();
        Optional<ClauseVersionDetail> detail = catalog.detail(version.clauseId(), version.version());
        if (detail.isEmpty()) {
            log.warn("Grants of {} version {}, which is not published, were not made", version.clauseId(), version);
            return;
        }
        String department = department(detail.get());
        List<Grants.Match> matches = new ArrayList<>();
        for (Qualified q : qualified.enterprises()) {
            if (q.amount() != null && q.amount().signum() > 0) {
                matches.add(new Grants.Match(q.enterprise().value(), q.creditCode(), q.amount()));
            }
        }
        if (matches.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int written = grants.insertMatched(
                version.clauseId(), version.version(), version.policyId(), department, matches, now);
        List<Grants.Row> untold = grants.matched(
                version.clauseId(),
                version.version(),
                matches.stream().map(Grants.Match::enterpriseId).toList(),
                now);
        notifications.pushAll(untold.stream()
                .map(g -> new PushRequest(
                        new EnterpriseId(g.enterpriseId()), g.creditCode(), version, g.amount(), PushKind.granted()))
                .toList());
        grants.markPushed(untold.stream().map(Grants.Row::id).toList(), now);
        log.info(
                "Granted {} version {} without application: {} new grants, {} told",
                version.clauseId(),
                version.version(),
                written,
                untold.size());
    }

    /**
     * Grants newest first: an enterprise's own accounts see its grants, reviewers and finance those of their
     * departments, administrators, officers and supervisors every one; optionally of one clause and one state.
     */
    @Transactional(readOnly = true)
    public List<Grant> list(Caller caller, @Nullable String clauseId, @Nullable GrantState state, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new InvalidRequest("size", "grant.size", MAX_PAGE);
        }
        Instant now = clock.instant();
        String clause = clauseId == null || clauseId.isBlank() ? null : clauseId.strip();
        int offset = Math.multiplyExact(page, size);
        List<Grants.Row> rows;
        if (caller.has(Role.ENTERPRISE) && caller.enterpriseId() != null) {
            rows = grants.find(caller.enterpriseId(), null, clause, state, now, size, offset);
        } else if (caller.has(Role.REVIEWER) || caller.has(Role.FINANCE)) {
            rows = caller.departments().isEmpty()
                    ? List.of()
                    : grants.find(null, caller.departments(), clause, state, now, size, offset);
        } else if (caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER) || caller.has(Role.SUPERVISOR)) {
            rows = grants.find(null, null, clause, state, now, size, offset);
        } else {
            throw new AccessDeniedException("grants are for enterprises and officials");
        }
        return views(rows, now);
    }

    /**
     * The enterprise confirms its grant; when the department confirmed already, its approved case opens. Confirming
     * again changes nothing; a declined grant cannot be confirmed (409).
     */
    @Transactional
    public Grant confirm(Caller caller, long id) {
        Instant now = clock.instant();
        Grants.Row grant = own(caller, id, now);
        if (grant.state() == GrantState.MATCHED || grant.state() == GrantState.DECLINED) {
            throw new Conflict("grant", "grant.notPushed", id);
        }
        if (grant.enterpriseConfirmedAt() == null) {
            confirmable(grant, "grant", now).ifPresent(problem -> {
                throw problem;
            });
            changed(
                    grants.confirmBy(Grants.Confirmer.ENTERPRISE, id, grant.revision(), caller.username(), now),
                    "grant");
            Grants.Row confirmed = grants.byId(id, now).orElseThrow();
            if (confirmed.departmentConfirmedAt() != null) {
                open(caller, confirmed, now);
            }
        }
        return views(List.of(grants.byId(id, now).orElseThrow()), now).get(0);
    }

    /** The enterprise declines its grant, which is then closed (DECLINED). */
    @Transactional
    public Grant decline(Caller caller, long id) {
        Instant now = clock.instant();
        Grants.Row grant = own(caller, id, now);
        if (grant.state() != GrantState.PUSHED) {
            throw new Conflict("grant", "grant.notPushed", id);
        }
        changed(grants.decline(id, grant.revision(), caller.username(), now), "grant");
        return views(List.of(grants.byId(id, now).orElseThrow()), now).get(0);
    }

    /**
     * A reviewer of the grants' department confirms them, all or none: every id must name a grant of one of the
     * caller's departments waiting for confirmation. Each grant the enterprise confirmed already opens its approved case;
     * a budget that cannot cover them all refuses the whole confirmation (409 naming {@code budget}).
     *
     * @throws InvalidRequest naming {@code ids} or {@code ids[i]}
     * @throws AccessDeniedException when the caller is no reviewer or a grant is of another department
     */
    @Transactional
    public List<Grant> confirmAll(Caller caller, @Nullable List<Long> ids) {
        if (!caller.has(Role.REVIEWER)) {
            throw new AccessDeniedException("only a department's reviewers confirm grants");
        }
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequest("ids", "grant.ids.empty");
        }
        if (ids.size() > MAX_PAGE) {
            throw new InvalidRequest("ids", "grant.ids.tooMany", MAX_PAGE);
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        List<Grants.Row> chosen = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "ids[" + i + "]";
            Long id = ids.get(i);
            if (id == null || !seen.add(id)) {
                problems.add(new FieldProblem(field, "grant.ids.repeated", List.of(String.valueOf(id))));
                continue;
            }
            Optional<Grants.Row> found = grants.byId(id, now);
            if (found.isEmpty()) {
                problems.add(new FieldProblem(field, "grant.unknown", List.of(id)));
                continue;
            }
            Grants.Row grant = found.get();
            if (!caller.belongsTo(grant.department())) {
                throw new AccessDeniedException("grant " + id + " is of a department the caller does not belong to");
            }
            Optional<Conflict> refused = confirmable(grant, field, now);
            if (refused.isPresent()) {
                Conflict conflict = refused.get();
                problems.add(new FieldProblem(field, conflict.code(), conflict.args()));
                continue;
            }
            chosen.add(grant);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        List<Grants.Row> done = new ArrayList<>();
        for (Grants.Row grant : chosen) {
            if (grant.departmentConfirmedAt() == null) {
                changed(
                        grants.confirmBy(
                                Grants.Confirmer.DEPARTMENT, grant.id(), grant.revision(), caller.username(), now),
                        "ids[" + ids.indexOf(grant.id()) + "]");
                Grants.Row confirmed = grants.byId(grant.id(), now).orElseThrow();
                if (confirmed.enterpriseConfirmedAt() != null) {
                    open(caller, confirmed, now);
                }
            }
            done.add(grants.byId(grant.id(), now).orElseThrow());
        }
        return views(done, now);
    }

    /**
     * One clause's grants on the department's console.
     *
     * @param counts how many grants are in each state
     * @param waiting how many the department has not confirmed yet
     * @param expiring how many wait for confirmation while their version ends within 30 days
     * @param total the clause's budget, CNY; null without one
     * @param reserved what approvals and grants reserved of it, CNY
     */
    public record ClauseGrants(
            String clauseId,
            String titleZh,
            String titleEn,
            Map<GrantState, Long> counts,
            long waiting,
            long expiring,
            @Nullable BigDecimal total,
            BigDecimal reserved) {

        /** The title in the reader's language. */
        public String title(java.util.Locale locale) {
            return locale.getLanguage().equals("en") ? titleEn : titleZh;
        }

        /** How many grants are in {@code state}. */
        public long count(GrantState state) {
            return counts.getOrDefault(state, 0L);
        }

        /** The share of the budget reserved, 0 to 100, whole percent rounded down; 0 without a budget. */
        public int reservedPercent() {
            if (total == null || total.signum() <= 0) {
                return 0;
            }
            return Math.min(
                    100,
                    reserved.multiply(BigDecimal.valueOf(100))
                            .divide(total, 0, java.math.RoundingMode.DOWN)
                            .intValue());
        }
    }

    /** The department's console: per clause of the caller's departments, its grants by state and its budget. */
    @Transactional(readOnly = true)
    public List<ClauseGrants> console(Caller caller) {
        if (!caller.has(Role.REVIEWER)) {
            throw new AccessDeniedException("the grant console is for a department's reviewers");
        }
        if (caller.departments().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = RegistryTime.today(clock);
        Map<String, List<Grants.Count>> byClause = new java.util.LinkedHashMap<>();
        for (Grants.Count count : grants.counts(caller.departments(), now)) {
            byClause.computeIfAbsent(count.clauseId(), id -> new ArrayList<>()).add(count);
        }
        Map<String, Optional<ClauseVersion>> versions = new HashMap<>();
        List<ClauseGrants> clauses = new ArrayList<>();
        byClause.forEach((clauseId, counts) -> {
            Map<GrantState, Long> states = new java.util.EnumMap<>(GrantState.class);
            long waiting = 0;
            long expiring = 0;
            ClauseVersion newest = null;
            for (Grants.Count count : counts) {
                states.merge(count.state(), count.grants(), Long::sum);
                waiting += count.waiting();
                Optional<ClauseVersion> version = version(versions, clauseId, count.clauseVersion());
                if (version.isPresent()
                        && (newest == null || newest.version() < version.get().version())) {
                    newest = version.get();
                }
                if (count.state() == GrantState.PUSHED
                        && version.map(v -> expiring(v, today)).orElse(false)) {
                    expiring += count.grants();
                }
            }
            Optional<Budgets.Row> budget = budgets.of(clauseId);
            clauses.add(new ClauseGrants(
                    clauseId,
                    newest == null ? clauseId : newest.titleZh(),
                    newest == null ? clauseId : newest.titleEn(),
                    states,
                    waiting,
                    expiring,
                    budget.map(Budgets.Row::total).orElse(null),
                    budget.map(Budgets.Row::reserved).orElse(BigDecimal.ZERO)));
        });
        return clauses;
    }

    /** The grants of a clause of the caller's departments that wait for the department, oldest first. */
    @Transactional(readOnly = true)
    public List<Grant> awaiting(Caller caller, String clauseId) {
        if (!caller.has(Role.REVIEWER)) {
            throw new AccessDeniedException("the grant console is for a department's reviewers");
        }
        if (caller.departments().isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return views(grants.awaitingDepartment(caller.departments(), clauseId, now, MAX_PAGE), now);
    }

    /** The grant, when the caller is one of its enterprise's own accounts; 404 when it may not see it, 403 else. */
    private Grants.Row own(Caller caller, long id, Instant now) {
        Grants.Row grant = grants.byId(id, now).orElseThrow(() -> new NotFound("grant", id));
        boolean owner = caller.has(Role.ENTERPRISE)
                && caller.enterpriseId() != null
                && caller.enterpriseId() == grant.enterpriseId();
        if (!owner) {
            if (caller.isOfficial()) {
                throw new AccessDeniedException("only the enterprise's own accounts confirm or decline its grant");
            }
            throw new NotFound("grant", id);
        }
        return grant;
    }

    /** Why the grant cannot be confirmed now, naming {@code field}: it waits for no confirmation, or has expired. */
    private Optional<Conflict> confirmable(Grants.Row grant, String field, Instant now) {
        if (grant.state() != GrantState.PUSHED) {
            return Optional.of(new Conflict(field, "grant.notPushed", grant.id()));
        }
        LocalDate today = RegistryTime.dayOf(now);
        boolean inForce = catalog.version(grant.clauseId(), grant.clauseVersion())
                .map(v -> v.inForceOn(today))
                .orElse(false);
        if (!inForce) {
            return Optional.of(new Conflict(field, "grant.expired", grant.id()));
        }
        return Optional.empty();
    }

    /**
     * Opens the approved case of a grant both confirmed: its application, the case on public notice, the budget
     * reservation, CONFIRMED, and the step GRANTED. Throws, rolling everything back, when the budget cannot cover it.
     */
    private void open(Caller caller, Grants.Row grant, Instant now) {
        ClauseVersionDetail version = catalog.detail(grant.clauseId(), grant.clauseVersion())
                .orElseThrow(() ->
                        new IllegalStateException("grant " + grant.id() + " is of a version that is not published"));
        BigDecimal amount = grant.amount();
        if (amount == null || amount.signum() <= 0) {
            throw new Conflict("amount", "grant.noAmount", grant.id());
        }
        Enterprise enterprise = registry.find(caller, new EnterpriseId(grant.enterpriseId()))
                .orElseThrow(() -> new NotFound("enterprise", grant.creditCode()));
        long applicationId = applications.insert(
                grant.enterpriseId(), grant.creditCode(), "grant:" + grant.id(), null, MARKER, "-", MARKER, now, null);
        NoticePeriod.Period notice = notices.of(now);
        int stageCount = stages.of(version).size();
        long caseId;
        try {
            caseId = cases.insertGranted(new Cases.GrantedCase(
                    applicationId,
                    grant.enterpriseId(),
                    grant.creditCode(),
                    enterprise.parkId(),
                    grant.clauseId(),
                    grant.clauseVersion(),
                    grant.policyId(),
                    grant.department(),
                    version.content().titleZh(),
                    version.content().titleEn(),
                    amount,
                    version.content().cap(),
                    stageCount,
                    now,
                    notice.from(),
                    notice.until()));
        } catch (DuplicateKeyException open) {
            throw new Conflict("grant", "grant.caseOpen", grant.id(), grant.clauseId());
        }
        awards.reserve(grant.clauseId(), version.content().budget(), amount, now, Yuan::format);
        changed(grants.confirm(grant.id(), grant.revision(), caseId, enterprise.parkId(), now), "grant");
        ReviewCase opened = cases.byId(caseId).orElseThrow();
        recorder.record(
                opened,
                new CaseStep(
                        0,
                        caseId,
                        UUID.randomUUID().toString(),
                        StepKind.GRANTED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        caller.username(),
                        now,
                        null,
                        amount,
                        null,
                        null,
                        null),
                null,
                null);
    }

    private List<Grant> views(List<Grants.Row> rows, Instant now) {
        LocalDate today = RegistryTime.dayOf(now);
        Map<String, Optional<ClauseVersion>> versions = new HashMap<>();
        List<Grant> views = new ArrayList<>(rows.size());
        for (Grants.Row row : rows) {
            Optional<ClauseVersion> version = version(versions, row.clauseId(), row.clauseVersion());
            LocalDate lastDay = version.map(ClauseVersion::validUntil)
                    .map(until -> until.minusDays(1))
                    .orElse(null);
            views.add(new Grant(
                    row.id(),
                    row.enterpriseId(),
                    row.creditCode(),
                    row.clauseId(),
                    row.clauseVersion(),
                    version.map(ClauseVersion::titleZh).orElse(row.clauseId()),
                    version.map(ClauseVersion::titleEn).orElse(row.clauseId()),
                    row.department(),
                    row.amount(),
                    row.state(),
                    row.enterpriseConfirmedBy(),
                    row.enterpriseConfirmedAt(),
                    row.departmentConfirmedBy(),
                    row.departmentConfirmedAt(),
                    lastDay,
                    row.state() == GrantState.PUSHED
                            && version.map(v -> expiring(v, today)).orElse(false),
                    row.caseId(),
                    row.createdAt()));
        }
        return views;
    }

    private Optional<ClauseVersion> version(Map<String, Optional<ClauseVersion>> known, String clauseId, int version) {
        return known.computeIfAbsent(clauseId + "\n" + version, key -> catalog.version(clauseId, version));
    }

    /** True when the version's last day in force is no more than 30 days from {@code today}. */
    private static boolean expiring(ClauseVersion version, LocalDate today) {
        return version.validUntil() != null
                && !version.validUntil().minusDays(1).isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
    }

    private String department(ClauseVersionDetail version) {
        return policies.policy(null, version.policyId()).content().departmentZh();
    }

    private static void changed(boolean changed, String field) {
        if (!changed) {
            throw new Conflict(field, "grant.changed");
        }
    }
}
