package org.mingyuan.platform.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.Rating.AppealOutcome;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.fulfillment.internal.Ratings;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings (好差评) of closed cases: the enterprise's own accounts rate a case once; a rating of 不满意 or worse opens a
 * follow-up that a reviewer of the case's department answers within the configured working days; that department may
 * appeal a rating it holds mistaken, once, and a supervisor decides. Each is a step of the case (its timeline, its
 * ledger entry, the enterprise told). Whoever may not see the case is answered as if it did not exist; whoever sees it
 * but may not act is refused (403); a step out of turn is a conflict (409); nothing changes on any refusal.
 */
@Service
public class RatingDesk {

    /** Most entries a follow-up list or the appeal queue holds. */
    public static final int MAX_LIST = 500;

    private static final int TEXT_LENGTH = 2000;

    private final Cases cases;
    private final Ratings ratings;
    private final StepRecorder recorder;
    private final WorkingCalendar calendar;
    private final FulfillmentProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    RatingDesk(
            Cases cases,
            Ratings ratings,
            StepRecorder recorder,
            WorkingCalendar calendar,
            FulfillmentProperties properties,
            MessageSource messages,
            Clock clock) {
        this.cases = cases;
        this.ratings = ratings;
        this.recorder = recorder;
        this.calendar = calendar;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A case's rating as the caller sees it, with what the caller may do about it.
     *
     * @param rating the rating, or null while the case is unrated
     * @param mayRate the caller is the enterprise, the case closed and unrated
     * @param mayAnswer the caller is a reviewer of the case's department and the follow-up is open
     * @param mayAppeal the caller is a reviewer of the case's department and the rating not yet appealed
     * @param mayDecide the caller is a supervisor and an appeal waits
     * @param today the day an open follow-up is overdue after its due day
     */
    public record RatingView(
            @Nullable Rating rating,
            boolean mayRate,
            boolean mayAnswer,
            boolean mayAppeal,
            boolean mayDecide,
            LocalDate today) {}

    /** Today in China by the platform's clock: the day follow-ups are due against. */
    public LocalDate today() {
        return RegistryTime.today(clock);
    }

    /** The case's rating and what the caller may do; for whoever may see the case. */
    @Transactional(readOnly = true)
    public RatingView view(Caller caller, long caseId) {
        ReviewCase c = readable(caller, caseId);
        Rating rating = ratings.ofCase(caseId).orElse(null);
        boolean department = answers(caller, c);
        return new RatingView(
                rating,
                rating == null && c.state().closed() && CaseAccess.owns(caller, c),
                rating != null && rating.followUpOpen() && department,
                rating != null && rating.appealedAt() == null && department,
                rating != null && rating.appealPending() && caller.has(Role.SUPERVISOR),
                today());
    }

    /** The case's rating; answered as missing while unrated. */
    @Transactional(readOnly = true)
    public Rating get(Caller caller, long caseId) {
        readable(caller, caseId);
        return ratings.ofCase(caseId).orElseThrow(() -> new NotFound("rating", caseId));
    }

    /**
     * Rates a closed case (the enterprise's own accounts, once). A level of 2 or below needs a comment and opens a
     * follow-up due {@link FulfillmentProperties#followUpWorkingDays()} working days from today.
     *
     * @param level 1..5, 非常不满意 to 非常满意
     * @param comment at most 2000 characters; required for a level of 2 or below
     */
    @Transactional
    public Rating rate(Caller caller, long caseId, @Nullable Integer level, @Nullable String comment) {
        ReviewCase c = readable(caller, caseId);
        if (!CaseAccess.owns(caller, c)) {
            throw new AccessDeniedException("only the enterprise's own accounts rate its cases");
        }
        if (!c.state().closed()) {
            throw new Conflict("case", "rating.case.open", c.id());
        }
        if (ratings.ofCase(caseId).isPresent()) {
            throw new Conflict("rating", "rating.already", c.id());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (level == null || level < Rating.WORST || level > Rating.BEST) {
            problems.add(new FieldProblem(
                    "level", "rating.level.invalid", List.of(String.valueOf(level), Rating.WORST, Rating.BEST)));
        }
        boolean poor = level != null && level <= Rating.POOR;
        String text = text("comment", comment, poor, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        LocalDate due =
                poor ? calendar.addWorkingDays(RegistryTime.dayOf(now), properties.followUpWorkingDays()) : null;
        try {
            ratings.insert(c.id(), c.enterpriseId(), c.department(), level, text, caller.username(), now, due);
        } catch (DuplicateKeyException rated) {
            throw new Conflict("rating", "rating.already", c.id());
        }
        recorder.recordRating(c, step(c, StepKind.RATED, caller, now, null, due, null, null, text), level);
        return ratings.ofCase(caseId).orElseThrow();
    }

    /** Answers the follow-up of a poor rating (a reviewer of the case's department): what was done about it. */
    @Transactional
    public Rating answer(Caller caller, long caseId, @Nullable String answer) {
        ReviewCase c = readable(caller, caseId);
        Rating rating = rated(caseId);
        if (!answers(caller, c)) {
            throw new AccessDeniedException("only reviewers of " + c.department() + " answer its follow-ups");
        }
        if (!rating.followUpOpen()) {
            throw new Conflict("rating", "rating.followUp.notOpen", c.id());
        }
        String text = required("answer", answer);
        Instant now = clock.instant();
        if (!ratings.answer(caseId, text, caller.username(), now)) {
            throw new Conflict("rating", "rating.followUp.notOpen", c.id());
        }
        int took = calendar.workingDaysBetween(RegistryTime.dayOf(rating.ratedAt()), RegistryTime.dayOf(now));
        recorder.record(
                c,
                step(c, StepKind.FOLLOWED_UP, caller, now, rating.ratedAt(), rating.followUpDue(), took, null, text),
                null,
                null);
        return ratings.ofCase(caseId).orElseThrow();
    }

    /** Appeals a rating the case's department holds mistaken (a reviewer of that department), once. */
    @Transactional
    public Rating appeal(Caller caller, long caseId, @Nullable String reason) {
        ReviewCase c = readable(caller, caseId);
        Rating rating = rated(caseId);
        if (!answers(caller, c)) {
            throw new AccessDeniedException("only reviewers of " + c.department() + " appeal its ratings");
        }
        if (rating.appealedAt() != null) {
            throw new Conflict("rating", "rating.appeal.already", c.id());
        }
        String text = required("reason", reason);
        Instant now = clock.instant();
        if (!ratings.appeal(caseId, text, caller.username(), now)) {
            throw new Conflict("rating", "rating.appeal.already", c.id());
        }
        recorder.record(c, step(c, StepKind.APPEALED, caller, now, null, null, null, null, text), null, null);
        return ratings.ofCase(caseId).orElseThrow();
    }

    /**
     * Decides a pending appeal (supervisors): UPHELD leaves the rating out of figures, shown and marked; DISMISSED lets
     * it stand.
     *
     * @param outcome {@code UPHELD} or {@code DISMISSED}
     */
    @Transactional
    public Rating decide(Caller caller, long caseId, @Nullable String outcome, @Nullable String note) {
        ReviewCase c = readable(caller, caseId);
        Rating rating = rated(caseId);
        if (!caller.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("only supervisors decide appeals");
        }
        if (!rating.appealPending()) {
            throw new Conflict("rating", "rating.appeal.notPending", c.id());
        }
        List<FieldProblem> problems = new ArrayList<>();
        AppealOutcome decided = outcome(outcome, problems);
        String text = text("note", note, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        if (!ratings.decide(caseId, decided, text, caller.username(), now)) {
            throw new Conflict("rating", "rating.appeal.notPending", c.id());
        }
        String code = "rating.outcome." + decided.name();
        CaseStep step = step(c, StepKind.APPEAL_DECIDED, caller, now, null, null, null, code, text);
        recorder.record(c, step, null, null);
        return ratings.ofCase(caseId).orElseThrow();
    }

    /**
     * The open follow-ups the caller watches, the soonest due first: every department's for supervisors, the caller's
     * departments' for reviewers; with {@code overdue}, only those past due today.
     */
    @Transactional(readOnly = true)
    public List<Rating> followUps(Caller caller, boolean overdue) {
        LocalDate dueBefore = overdue ? RegistryTime.today(clock) : null;
        if (caller.has(Role.SUPERVISOR)) {
            return ratings.openFollowUps(null, dueBefore, MAX_LIST);
        }
        if (caller.has(Role.REVIEWER)) {
            return ratings.openFollowUps(caller.departments(), dueBefore, MAX_LIST);
        }
        throw new AccessDeniedException("follow-ups are for reviewers and supervisors");
    }

    /** The appeals waiting on a decision, the oldest first; supervisors only. */
    @Transactional(readOnly = true)
    public List<Rating> appeals(Caller caller) {
        if (!caller.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("the appeal queue is for supervisors");
        }
        return ratings.pendingAppeals(MAX_LIST);
    }

    private ReviewCase readable(Caller caller, long caseId) {
        ReviewCase c = cases.byId(caseId).orElseThrow(() -> new NotFound("case", caseId));
        if (!CaseAccess.readable(caller, c)) {
            throw new NotFound("case", caseId);
        }
        return c;
    }

    private Rating rated(long caseId) {
        return ratings.ofCase(caseId).orElseThrow(() -> new NotFound("rating", caseId));
    }

    /** True when the caller is a reviewer of the case's department, who answers and appeals its ratings. */
    private static boolean answers(Caller caller, ReviewCase c) {
        return caller.has(Role.REVIEWER) && caller.belongsTo(c.department());
    }

    private static AppealOutcome outcome(@Nullable String outcome, List<FieldProblem> problems) {
        for (AppealOutcome candidate : AppealOutcome.values()) {
            if (candidate.name().equals(outcome)) {
                return candidate;
            }
        }
        problems.add(new FieldProblem("outcome", "rating.outcome.invalid", List.of(String.valueOf(outcome))));
        return AppealOutcome.DISMISSED;
    }

    private static String required(String field, @Nullable String value) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = text(field, value, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return text;
    }

    /** The stripped text of {@code field}, or null when empty; its problems added to {@code problems}. */
    private static @Nullable String text(
            String field, @Nullable String value, boolean required, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            problems.add(new FieldProblem(field, "rating.text.required", List.of()));
        } else if (text.length() > TEXT_LENGTH) {
            problems.add(new FieldProblem(field, "rating.text.length", List.of(TEXT_LENGTH)));
        } else {
            PlainText.problem(field, text, Lines.MANY).ifPresent(problems::add);
        }
        return text.isEmpty() ? null : text;
    }

    private CaseStep step(
            ReviewCase c,
            StepKind kind,
            Caller caller,
            Instant now,
            @Nullable Instant entered,
            @Nullable LocalDate due,
            @Nullable Integer workingDays,
            @Nullable String outcomeCode,
            @Nullable String note) {
        return new CaseStep(
                0,
                c.id(),
                UUID.randomUUID().toString(),
                kind,
                null,
                null,
                null,
                null,
                entered,
                due,
                caller.username(),
                now,
                workingDays,
                null,
                outcomeCode == null ? null : messages.getMessage(outcomeCode, null, Locale.SIMPLIFIED_CHINESE),
                outcomeCode == null ? null : messages.getMessage(outcomeCode, null, Locale.ENGLISH),
                note);
    }
}
