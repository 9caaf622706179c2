package org.mingyuan.platform.recognition;

import static org.mingyuan.platform.recognition.Recognitions.requireOfficial;
import static org.mingyuan.platform.recognition.Recognitions.schemeOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.recognition.RecognitionEvents.RecognitionGranted;
import org.mingyuan.platform.recognition.RecognitionEvents.RecognitionRefused;
import org.mingyuan.platform.recognition.internal.RecognitionStore;
import org.mingyuan.platform.registry.CertificationDraft;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review stages of a recognition application: the district (policy officers) reviews it, then the expert panel
 * gives opinions, each expert once, and the official confirms the majority. A granted recognition is a verified
 * certification of the registry for the scheme's validity, so clauses requiring it match at once. Each outcome is a
 * ledger entry.
 */
@Service
public class RecognitionReviews {

    private static final int NOTE = 1000;

    private final RecognitionStore store;
    private final Recognitions recognitions;
    private final EnterpriseCertifications certifications;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecognitionReviews(
            RecognitionStore store,
            Recognitions recognitions,
            EnterpriseCertifications certifications,
            WorkingCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.recognitions = recognitions;
        this.certifications = certifications;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The district's first review (officials): passing sends the application to the expert panel, due in the scheme's
     * working days; refusing needs a note.
     *
     * @throws Conflict naming {@code state} when the application is not in the district's review
     */
    @Transactional
    public Recognition districtReview(Caller caller, long id, boolean pass, @Nullable String note) {
        requireOfficial(caller);
        Recognition r = recognitions.get(caller, id);
        if (r.state() != RecognitionState.DISTRICT_REVIEW) {
            throw new Conflict("state", "recognition.state", r.state().name());
        }
        String text = note(note, !pass);
        RecognitionScheme scheme = schemeOf(store, r);
        LocalDate today = RegistryTime.today(clock);
        RecognitionState to = pass ? RecognitionState.PANEL_REVIEW : RecognitionState.REFUSED;
        LocalDate due = pass ? calendar.addWorkingDays(today, scheme.panelDays()) : null;
        if (!store.move(id, r.revision(), to, due, "district", caller.username(), text, clock.instant())) {
            throw new Conflict("state", "recognition.changed");
        }
        if (!pass) {
            events.publishEvent(
                    new RecognitionRefused(id, scheme.code(), r.creditCode(), "DISTRICT", caller.username()));
        }
        return store.byId(id).orElseThrow();
    }

    /**
     * An expert's opinion on an application in panel review, once per expert.
     *
     * @throws InvalidRequest naming {@code agrees} or {@code reason}
     * @throws Conflict naming {@code expert} when the expert gave an opinion already, {@code state} when the
     *     application is not in panel review
     */
    @Transactional
    public Recognition opinion(Caller caller, long id, @Nullable Boolean agrees, @Nullable String reason) {
        if (!caller.has(Role.EXPERT)) {
            throw new AccessDeniedException("opinions are for the expert panel");
        }
        Recognition r = recognitions.get(caller, id);
        List<FieldProblem> problems = new ArrayList<>();
        if (agrees == null) {
            problems.add(new FieldProblem("agrees", "recognition.required", List.of()));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("reason", "recognition.required", List.of()));
        } else if (text.length() > NOTE) {
            problems.add(new FieldProblem("reason", "recognition.tooLong", List.of(NOTE)));
        }
        PlainText.problem("reason", text, Lines.MANY).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (r.state() != RecognitionState.PANEL_REVIEW) {
            throw new Conflict("state", "recognition.state", r.state().name());
        }
        if (!store.opinion(id, caller.username(), agrees, text, clock.instant())) {
            throw new Conflict("expert", "recognition.opinion.twice", caller.username());
        }
        return store.byId(id).orElseThrow();
    }

    /**
     * The official confirms the panel's majority once the scheme's quorum of opinions is in: a majority agreeing
     * recognises the firm (a verified certification of the registry for the scheme's validity), a majority against
     * refuses it.
     *
     * @throws Conflict naming {@code opinions} when the quorum is not reached or the opinions are tied, {@code state}
     *     when the application is not in panel review
     */
    @Transactional
    public Recognition decide(Caller caller, long id, @Nullable String note) {
        requireOfficial(caller);
        Recognition r = recognitions.get(caller, id);
        if (r.state() != RecognitionState.PANEL_REVIEW) {
            throw new Conflict("state", "recognition.state", r.state().name());
        }
        RecognitionScheme scheme = schemeOf(store, r);
        int given = r.opinions().size();
        if (given < scheme.panelQuorum()) {
            throw new Conflict("opinions", "recognition.quorum", given, scheme.panelQuorum());
        }
        long agreeing = r.agreeing();
        long against = given - agreeing;
        if (agreeing == against) {
            throw new Conflict("opinions", "recognition.tie", agreeing, against);
        }
        String text = note(note, false);
        boolean grant = agreeing > against;
        Instant now = clock.instant();
        RecognitionState to = grant ? RecognitionState.RECOGNISED : RecognitionState.REFUSED;
        if (!store.move(id, r.revision(), to, null, "decision", caller.username(), text, now)) {
            throw new Conflict("state", "recognition.changed");
        }
        if (grant) {
            LocalDate from = RegistryTime.today(clock);
            LocalDate until = from.plusMonths(scheme.validityMonths());
            store.validity(id, from, until);
            certifications.certify(
                    caller,
                    r.creditCode(),
                    new CertificationDraft(
                            scheme.grants(),
                            r.certificateNumber(),
                            from,
                            until,
                            scheme.nameZh() + "（认定申请 " + id + "）",
                            FactSource.VERIFIED));
            events.publishEvent(new RecognitionGranted(
                    id, scheme.code(), r.creditCode(), from.toString(), until.toString(), caller.username()));
        } else {
            events.publishEvent(new RecognitionRefused(id, scheme.code(), r.creditCode(), "PANEL", caller.username()));
        }
        return store.byId(id).orElseThrow();
    }

    /**
     * The applications among {@code applications} whose review stage is overdue today, each with the working days it is
     * late: as supervision counts, a stage is overdue once a working day has passed after its due date, so one due
     * before a holiday is not overdue during it.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> overdue(List<Recognition> applications) {
        LocalDate today = RegistryTime.today(clock);
        Map<Long, Integer> late = new HashMap<>();
        Map<LocalDate, Integer> lateBy = new HashMap<>();
        for (Recognition r : applications) {
            LocalDate due = r.stageDue();
            if (due != null && today.isAfter(due)) {
                int days = lateBy.computeIfAbsent(due, d -> calendar.workingDaysBetween(d, today));
                if (days > 0) {
                    late.put(r.id(), days);
                }
            }
        }
        return late;
    }

    private static String note(@Nullable String note, boolean required) {
        return note(note, required, "note");
    }

    /** The note stripped; refused when required and missing, too long or holding invisible characters. */
    static String note(@Nullable String note, boolean required, String field) {
        String text = note == null ? "" : note.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (required && text.isEmpty()) {
            problems.add(new FieldProblem(field, "recognition.required", List.of()));
        } else if (text.length() > NOTE) {
            problems.add(new FieldProblem(field, "recognition.tooLong", List.of(NOTE)));
        }
        PlainText.problem(field, text, Lines.MANY).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return text;
    }
}
