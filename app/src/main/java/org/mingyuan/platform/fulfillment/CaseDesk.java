package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.ApplicationDraft.MaterialChoice;
import org.mingyuan.platform.fulfillment.internal.Awards;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.fulfillment.internal.Steps;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.ledger.LedgerEvents;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.Explained;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases and their review: reading a case and its timeline, the queue of cases waiting on the caller's stages, and the
 * actions of a stage's actor — approve (an amount no higher than the clause computed for the enterprise and its cap; the
 * last stage's approval reserves it against the clause's budget), reject (citing a condition of the rules engine's
 * explanation), return for more material — and the enterprise's resubmission. Anyone else acting is refused (403) and
 * nothing changes; a case another reviewer changed meanwhile is a conflict (409).
 */
@Service
public class CaseDesk {

    /** Most cases one queue page holds. */
    public static final int MAX_PAGE = 200;

    private static final int NOTE_LENGTH = 2000;

    private final Cases cases;
    private final Steps steps;
    private final Awards awards;
    private final ClauseCatalog catalog;
    private final ReviewStages stages;
    private final StepRecorder recorder;
    private final LiveMatcher live;
    private final EnterpriseRegistry registry;
    private final LedgerEvents ledger;
    private final HandedIn handedIn;
    private final NoticePeriod notice;
    private final Clock clock;

    CaseDesk(
            Cases cases,
            Steps steps,
            Awards awards,
            ClauseCatalog catalog,
            ReviewStages stages,
            StepRecorder recorder,
            LiveMatcher live,
            EnterpriseRegistry registry,
            LedgerEvents ledger,
            HandedIn handedIn,
            NoticePeriod notice,
            Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.awards = awards;
        this.catalog = catalog;
        this.stages = stages;
        this.recorder = recorder;
        this.live = live;
        this.registry = registry;
        this.ledger = ledger;
        this.handedIn = handedIn;
        this.notice = notice;
        this.clock = clock;
    }

    /** The case, if the caller may see it; otherwise it is answered as missing. */
    @Transactional(readOnly = true)
    public ReviewCase get(Caller caller, long id) {
        ReviewCase c = cases.byId(id).orElseThrow(() -> new NotFound("case", id));
        if (!CaseAccess.readable(caller, c)) {
            throw new NotFound("case", id);
        }
        return c;
    }

    /** The case with its stages, materials and timeline, for whoever may see it. */
    @Transactional(readOnly = true)
    public CaseDetail detail(Caller caller, long id) {
        ReviewCase c = get(caller, id);
        List<CaseDetail.Timed> timeline = new ArrayList<>();
        for (CaseStep step : steps.ofCase(id)) {
            timeline.add(
                    new CaseDetail.Timed(step, ledger.indexOf(step.ledgerKey()).orElse(null)));
        }
        return new CaseDetail(
                c,
                stages.of(version(c)),
                cases.materials(id).stream()
                        .map(m -> new CaseDetail.Material(m.position(), m.name(), m.materialId()))
                        .toList(),
                timeline,
                CaseAccess.mayAct(caller, c),
                CaseAccess.owns(caller, c) && c.state() == CaseState.RETURNED);
    }

    /** The enterprise's cases, newest first, at most 200; for whoever may see its cases. */
    @Transactional(readOnly = true)
    public List<ReviewCase> ofEnterprise(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        return cases.ofEnterprise(enterprise.id().value(), 200).stream()
                .filter(c -> CaseAccess.readable(caller, c))
                .toList();
    }

    /**
     * The cases waiting on the caller's stages, the soonest due first: park stages of the park it runs (park operators),
     * department stages of its departments (reviewers), finance stages of its departments (finance).
     */
    @Transactional(readOnly = true)
    public List<ReviewCase> queue(Caller caller, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new InvalidRequest("size", "fulfillment.queue.size", MAX_PAGE);
        }
        Long park = caller.has(Role.PARK_OPERATOR) ? caller.parkId() : null;
        Set<String> reviewing = caller.has(Role.REVIEWER) ? caller.departments() : Set.of();
        Set<String> paying = caller.has(Role.FINANCE) ? caller.departments() : Set.of();
        return cases.waitingOn(park, reviewing, paying, size, Math.multiplyExact(page, size));
    }

    /**
     * The rules engine's explanation of the case's clause for its enterprise today, whose top-level conditions a
     * rejection cites; empty when the clause is no longer in force or the matcher does not hold the enterprise.
     */
    @Transactional(readOnly = true)
    public Optional<Explained> explanation(Caller caller, long id) {
        ReviewCase c = get(caller, id);
        return live.explain(c.creditCode(), c.clauseId());
    }

    /**
     * Approves the case's current stage. A stage before the last passes the case on to the next with {@code amount}
     * proposed; the last approves it and reserves the amount against the clause's budget in the same transaction.
     *
     * @param amount CNY, at most two decimals, above zero, no higher than {@link ReviewCase#limit()}; when null, the
     *     amount proposed before, or else the limit
     * @throws Conflict when the budget cannot cover the amount ({@code budget}) or the case changed meanwhile
     */
    @Transactional
    public ReviewCase approve(Caller caller, long id, @Nullable BigDecimal amount, @Nullable String note) {
        ReviewCase c = actionable(caller, id);
        BigDecimal granted = amount(c, amount);
        String checkedNote = note(note, false);
        ClauseVersionDetail version = version(c);
        List<ReviewStage> walked = stages.of(version);
        ReviewStage current = walked.get(c.stageIndex());
        Instant now = clock.instant();
        if (c.atLastStage()) {
            NoticePeriod.Period listed = notice.of(now);
            awards.approve(
                    c.id(), c.revision(), c.clauseId(), version.content().budget(), granted, now, listed, Yuan::format);
            recorder.record(
                    c,
                    step(c, current, StepKind.APPROVED, caller, now, granted, null, checkedNote),
                    null,
                    listed.until());
        } else {
            ReviewStage next = walked.get(c.stageIndex() + 1);
            StageRole role = ReviewStages.actor(next, c.parkId());
            LocalDate due = stages.due(now, next);
            changed(cases.pass(c.id(), c.revision(), c.stageIndex() + 1, role, now, due, granted));
            recorder.record(c, step(c, current, StepKind.PASSED, caller, now, granted, null, checkedNote), next, due);
        }
        return cases.byId(id).orElseThrow();
    }

    /**
     * Rejects the case, citing one top-level condition of the rules engine's explanation (by its position in {@link
     * #explanation}) and a note saying why. The enterprise may apply for the clause again.
     */
    @Transactional
    public ReviewCase reject(Caller caller, long id, @Nullable Integer condition, @Nullable String note) {
        ReviewCase c = actionable(caller, id);
        List<FieldProblem> problems = new ArrayList<>();
        Explained.Condition cited = null;
        List<Explained.Condition> lines = live.explain(c.creditCode(), c.clauseId())
                .map(Explained::topLevel)
                .orElse(List.of());
        if (condition == null && !lines.isEmpty()) {
            problems.add(new FieldProblem("condition", "fulfillment.condition.required", List.of()));
        } else if (condition != null && (condition < 0 || condition >= lines.size())) {
            problems.add(
                    new FieldProblem("condition", "fulfillment.condition.unknown", List.of(condition, lines.size())));
        } else if (condition != null) {
            cited = lines.get(condition);
        }
        String checkedNote = null;
        try {
            checkedNote = note(note, true);
        } catch (InvalidRequest invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        ReviewStage current = stages.of(version(c)).get(c.stageIndex());
        changed(cases.reject(c.id(), c.revision(), now));
        CaseStep step = step(c, current, StepKind.REJECTED, caller, now, null, cited, checkedNote);
        recorder.record(c, step, null, null);
        return cases.byId(id).orElseThrow();
    }

    /** Returns the case to the enterprise for more material, with a note saying what is missing. */
    @Transactional
    public ReviewCase returnForMaterial(Caller caller, long id, @Nullable String note) {
        ReviewCase c = actionable(caller, id);
        String checkedNote = note(note, true);
        Instant now = clock.instant();
        ReviewStage current = stages.of(version(c)).get(c.stageIndex());
        changed(cases.returnToEnterprise(c.id(), c.revision(), now));
        recorder.record(c, step(c, current, StepKind.RETURNED, caller, now, null, null, checkedNote), null, null);
        return cases.byId(id).orElseThrow();
    }

    /**
     * Hands in more material for a returned case (the enterprise's own accounts): the materials given replace those
     * handed in before, and the stage begins again with a new deadline.
     */
    @Transactional
    public ReviewCase resubmit(
            Caller caller, long id, @Nullable String note, @Nullable List<MaterialChoice> materials) {
        ReviewCase c = get(caller, id);
        if (!CaseAccess.owns(caller, c)) {
            throw new AccessDeniedException("only the enterprise's own accounts hand in material");
        }
        if (c.state() != CaseState.RETURNED) {
            throw new Conflict("case", "fulfillment.case.notReturned", c.id());
        }
        List<Cases.Material> required = cases.materials(id);
        List<FieldProblem> problems = new ArrayList<>();
        handedIn.check(
                caller,
                c.creditCode(),
                materials,
                required.stream().map(Cases.Material::name).toList(),
                RegistryTime.today(clock),
                problems);
        String checkedNote = null;
        try {
            checkedNote = note(note, false);
        } catch (InvalidRequest invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        ReviewStage current = stages.of(version(c)).get(c.stageIndex());
        LocalDate due = stages.due(now, current);
        changed(cases.resubmit(c.id(), c.revision(), now, due));
        for (Cases.Material m : handedIn.resolve(
                c.enterpriseId(),
                required.stream().map(Cases.Material::name).toList(),
                materials,
                RegistryTime.dayOf(now),
                false)) {
            if (m.materialId() != null) {
                cases.handIn(id, m.position(), m.materialId());
            }
        }
        CaseStep step = new CaseStep(
                0,
                c.id(),
                UUID.randomUUID().toString(),
                StepKind.RESUBMITTED,
                c.stageIndex(),
                current.nameZh(),
                current.nameEn(),
                c.stageRole(),
                now,
                due,
                caller.username(),
                now,
                0,
                null,
                null,
                null,
                checkedNote);
        recorder.record(c, step, current, due);
        return cases.byId(id).orElseThrow();
    }

    /** The case, when the caller acts on its current stage; refused otherwise, changing nothing. */
    private ReviewCase actionable(Caller caller, long id) {
        ReviewCase c = cases.byId(id).orElseThrow(() -> new NotFound("case", id));
        if (!CaseAccess.readable(caller, c) && !CaseAccess.reviews(caller)) {
            throw new NotFound("case", id);
        }
        if (c.state() != CaseState.IN_REVIEW) {
            if (!CaseAccess.readable(caller, c)) {
                throw new AccessDeniedException("may not act on case " + id);
            }
            throw new Conflict("case", "fulfillment.case.notInReview", c.id());
        }
        if (!CaseAccess.mayAct(caller, c)) {
            throw new AccessDeniedException("case " + id + " waits on a stage the caller does not act on");
        }
        return c;
    }

    private static BigDecimal amount(ReviewCase c, @Nullable BigDecimal asked) {
        BigDecimal limit = c.limit();
        BigDecimal amount = asked != null ? asked : c.proposedAmount() != null ? c.proposedAmount() : limit;
        if (amount == null) {
            throw new InvalidRequest("amount", "fulfillment.amount.required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidRequest("amount", "fulfillment.amount.positive");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 14) {
            throw new InvalidRequest("amount", "fulfillment.amount.scale");
        }
        if (limit != null && amount.compareTo(limit) > 0) {
            throw new InvalidRequest(
                    "amount",
                    "fulfillment.amount.overLimit",
                    Yuan.format(amount),
                    Yuan.format(limit),
                    c.estimatedAmount() == null ? "—" : Yuan.format(c.estimatedAmount()),
                    c.cap() == null ? "—" : Yuan.format(c.cap()));
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static @Nullable String note(@Nullable String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            throw new InvalidRequest("note", "fulfillment.note.required");
        }
        if (text.length() > NOTE_LENGTH) {
            throw new InvalidRequest("note", "fulfillment.note.length", NOTE_LENGTH);
        }
        PlainText.problem("note", text, Lines.MANY).ifPresent(problem -> {
            throw new InvalidRequest(List.of(problem));
        });
        return text.isEmpty() ? null : text;
    }

    private ClauseVersionDetail version(ReviewCase c) {
        return catalog.detail(c.clauseId(), c.clauseVersion())
                .orElseThrow(() -> new IllegalStateException("case " + c.id() + " is under " + c.clauseId() + " v"
                        + c.clauseVersion() + ", which is not published"));
    }

    private CaseStep step(
            ReviewCase c,
            ReviewStage stage,
            StepKind kind,
            Caller caller,
            Instant now,
            @Nullable BigDecimal amount,
            Explained.@Nullable Condition cited,
            @Nullable String note) {
        Instant entered = c.stageEnteredAt() == null ? now : c.stageEnteredAt();
        return new CaseStep(
                0,
                c.id(),
                UUID.randomUUID().toString(),
                kind,
                c.stageIndex(),
                stage.nameZh(),
                stage.nameEn(),
                c.stageRole(),
                entered,
                c.stageDue(),
                caller.username(),
                now,
                stages.workingDaysBetween(entered, now),
                amount,
                cited == null ? null : cited.zh(),
                cited == null ? null : cited.en(),
                note);
    }

    private static void changed(boolean changed) {
        if (!changed) {
            throw new Conflict("case", "fulfillment.case.changed");
        }
    }
}
