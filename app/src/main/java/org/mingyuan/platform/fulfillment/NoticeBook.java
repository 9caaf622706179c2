package org.mingyuan.platform.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.internal.Awards;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.fulfillment.internal.Notices;
import org.mingyuan.platform.fulfillment.internal.Objections;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.ledger.LedgerEvents;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.Page;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notice (公示) of approved awards and the objections to them. Anyone lists the awards on notice and those
 * whose notice ended lately, and lodges an objection to an award while it is listed; the objector's name and contact
 * are optional and never shown but to those who answer. A reviewer of the case's department answers each objection:
 * dismissed, the award stands; upheld, the award is withdrawn and its budget reservation released. Each lodging,
 * answer and withdrawal is a step of the case: stored, in the ledger once, and told to the enterprise.
 */
@Service
public class NoticeBook {

    /** Most awards one page of the list holds. */
    public static final int MAX_PAGE = 100;

    /** How many calendar days after its notice ended an award stays on the list. */
    public static final int RECENT_DAYS = 30;

    /** Longest objection or answer, in characters. */
    public static final int TEXT_LENGTH = 2000;

    /**
     * Most objections one award may have waiting for an answer at once; more are refused until the department answers
     * some, so a flood of objections cannot grow without bound.
     */
    public static final int MOST_OPEN = 20;

    /** Who a lodged objection's step names as its actor: the objector stays anonymous. */
    static final String PUBLIC_ACTOR = "public";

    private static final int NAME_LENGTH = 60;
    private static final int CONTACT_LENGTH = 100;
    private static final int DEPARTMENT_LENGTH = 200;

    private final Cases cases;
    private final Notices notices;
    private final Objections objections;
    private final Awards awards;
    private final StepRecorder recorder;
    private final EnterpriseRegistry registry;
    private final PolicyDesk policies;
    private final LedgerEvents ledger;
    private final Clock clock;

    NoticeBook(
            Cases cases,
            Notices notices,
            Objections objections,
            Awards awards,
            StepRecorder recorder,
            EnterpriseRegistry registry,
            PolicyDesk policies,
            LedgerEvents ledger,
            Clock clock) {
        this.cases = cases;
        this.notices = notices;
        this.objections = objections;
        this.awards = awards;
        this.recorder = recorder;
        this.registry = registry;
        this.policies = policies;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The awards listed today and those whose notice ended within {@link #RECENT_DAYS} days, the newest notice first;
     * for anyone.
     *
     * @param policy only this policy's awards, when given
     * @param department only awards of clauses this department issued, when given
     */
    @Transactional(readOnly = true)
    public Page<Notice> list(@Nullable Long policy, @Nullable String department, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "notices.page", List.of()));
        }
        if (size < 1 || size > MAX_PAGE) {
            problems.add(new FieldProblem("size", "notices.size", List.of(MAX_PAGE)));
        }
        String checked = department == null ? "" : department.strip();
        if (checked.length() > DEPARTMENT_LENGTH) {
            problems.add(new FieldProblem("department", "notices.length", List.of(DEPARTMENT_LENGTH)));
        }
        PlainText.problem("department", checked, Lines.ONE).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        String only = checked.isEmpty() ? null : checked;
        LocalDate today = RegistryTime.today(clock);
        LocalDate since = today.minusDays(RECENT_DAYS);
        Map<Long, PolicyContent> policyContents = new HashMap<>();
        List<Notice> items = notices.listed(today, since, policy, only, size, Math.multiplyExact(page, size)).stream()
                .map(listed -> notice(listed, today, policyContents))
                .toList();
        return new Page<>(items, notices.count(today, since, policy, only), page, size);
    }

    /**
     * Lodges an objection to the award of case {@code caseId}, by anyone, while it is listed.
     *
     * @throws NotFound when no award of that case was ever listed
     * @throws Conflict {@code case} when its notice is over or the award withdrawn; {@code objections} when {@link
     *     #MOST_OPEN} wait for an answer
     * @throws InvalidRequest naming {@code text}, {@code name} or {@code contact}
     */
    @Transactional
    public Objection lodge(long caseId, @Nullable String text, @Nullable String name, @Nullable String contact) {
        ReviewCase c = cases.byId(caseId).orElseThrow(() -> new NotFound("notice", caseId));
        LocalDate today = RegistryTime.today(clock);
        if (c.noticeFrom() == null || c.noticeUntil() == null || today.isBefore(c.noticeFrom())) {
            throw new NotFound("notice", caseId);
        }
        if (c.state() != CaseState.APPROVED || today.isAfter(c.noticeUntil())) {
            throw new Conflict("case", "notices.objection.closed", c.noticeFrom(), c.noticeUntil());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String checkedText = text(problems, "text", text, TEXT_LENGTH, Lines.MANY, true);
        String checkedName = text(problems, "name", name, NAME_LENGTH, Lines.ONE, false);
        String checkedContact = text(problems, "contact", contact, CONTACT_LENGTH, Lines.ONE, false);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (objections.open(caseId) >= MOST_OPEN) {
            throw new Conflict("objections", "notices.objection.tooMany", MOST_OPEN);
        }
        Instant now = clock.instant();
        Objection lodged = objections.insert(caseId, checkedText, checkedName, checkedContact, now);
        recorder.record(c, step(c, StepKind.OBJECTION_LODGED, PUBLIC_ACTOR, now, checkedText), null, null);
        return lodged;
    }

    /**
     * The objections to a case the caller may see, in the order lodged; who lodged them only for those who answer
     * them.
     */
    @Transactional(readOnly = true)
    public List<Objection> objections(Caller caller, long caseId) {
        ReviewCase c = cases.byId(caseId)
                .filter(found -> CaseAccess.readable(caller, found))
                .orElseThrow(() -> new NotFound("case", caseId));
        boolean answers = mayAnswer(caller, c);
        return objections.ofCase(caseId).stream()
                .map(o -> answers ? o : o.withoutObjector())
                .toList();
    }

    /** True when the caller answers the case's objections: a reviewer of its department. */
    public static boolean mayAnswer(Caller caller, ReviewCase c) {
        return caller.has(Role.REVIEWER) && caller.belongsTo(c.department());
    }

    /**
     * Answers an objection: {@link ObjectionOutcome#DISMISSED} lets the award stand; {@link ObjectionOutcome#UPHELD}
     * withdraws it (while approved) and releases its budget reservation, in the same transaction.
     *
     * @throws AccessDeniedException when the caller is not a reviewer of the case's department; nothing changes
     * @throws Conflict {@code objection} when it was answered already; {@code case} when the case changed meanwhile
     */
    @Transactional
    public Objection answer(
            Caller caller, long caseId, long objectionId, @Nullable ObjectionOutcome outcome, @Nullable String answer) {
        ReviewCase c = cases.byId(caseId)
                .filter(found -> CaseAccess.readable(caller, found))
                .orElseThrow(() -> new NotFound("case", caseId));
        if (!mayAnswer(caller, c)) {
            throw new AccessDeniedException("only reviewers of " + c.department() + " answer objections to its awards");
        }
        Objection objection =
                objections.byId(caseId, objectionId).orElseThrow(() -> new NotFound("objection", objectionId));
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "notices.outcome.required", List.of()));
        }
        String checked = text(problems, "answer", answer, TEXT_LENGTH, Lines.MANY, true);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        if (!objection.open() || !objections.answer(objectionId, outcome, checked, caller.username(), now)) {
            throw new Conflict("objection", "notices.objection.answered", objectionId);
        }
        recorder.record(c, step(c, StepKind.OBJECTION_ANSWERED, caller.username(), now, checked), null, null);
        if (outcome == ObjectionOutcome.UPHELD && c.state() == CaseState.APPROVED) {
            awards.withdraw(c.id(), c.revision(), c.clauseId(), c.approvedAmount(), now);
            recorder.record(c, step(c, StepKind.WITHDRAWN, caller.username(), now, checked), null, null);
        }
        return objections.byId(caseId, objectionId).orElseThrow();
    }

    /** The cases of the caller's departments with objections waiting for its answer (reviewers), oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewCase> awaitingAnswer(Caller caller) {
        if (!caller.has(Role.REVIEWER)) {
            return List.of();
        }
        return cases.withOpenObjections(caller.departments(), CaseDesk.MAX_PAGE);
    }

    private Notice notice(Notices.Listed listed, LocalDate today, Map<Long, PolicyContent> policyContents) {
        PolicyContent policy = policyContents.computeIfAbsent(
                listed.policyId(), id -> policies.policy(null, id).content());
        Notice.Status status = listed.state() == CaseState.WITHDRAWN
                ? Notice.Status.WITHDRAWN
                : listed.state() == CaseState.APPROVED && !today.isAfter(listed.noticeUntil())
                        ? Notice.Status.ON_NOTICE
                        : Notice.Status.ENDED;
        return new Notice(
                listed.caseId(),
                listed.clauseId(),
                listed.clauseVersion(),
                listed.titleZh(),
                listed.titleEn(),
                listed.policyId(),
                policy.titleZh(),
                policy.titleEn(),
                listed.department(),
                registry.publicName(new EnterpriseId(listed.enterpriseId())).orElse(listed.creditCode()),
                listed.creditCode(),
                listed.amount(),
                listed.noticeFrom(),
                listed.noticeUntil(),
                status,
                listed.objections(),
                listed.approvalEvent() == null
                        ? null
                        : ledger.indexOf("case-step:" + listed.approvalEvent()).orElse(null));
    }

    private static CaseStep step(ReviewCase c, StepKind kind, String actor, Instant now, String note) {
        return new CaseStep(
                0,
                c.id(),
                UUID.randomUUID().toString(),
                kind,
                null,
                null,
                null,
                null,
                null,
                null,
                actor,
                now,
                null,
                null,
                null,
                null,
                note);
    }

    private static @Nullable String text(
            List<FieldProblem> problems,
            String field,
            @Nullable String value,
            int longest,
            Lines lines,
            boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            problems.add(new FieldProblem(field, "notices.required", List.of()));
            return null;
        }
        if (text.length() > longest) {
            problems.add(new FieldProblem(field, "notices.length", List.of(longest)));
            return null;
        }
        var problem = PlainText.problem(field, text, lines);
        if (problem.isPresent()) {
            problems.add(problem.get());
            return null;
        }
        return text.isEmpty() ? null : text;
    }
}
