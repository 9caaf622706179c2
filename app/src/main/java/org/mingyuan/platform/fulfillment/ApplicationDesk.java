package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.internal.Applications;
import org.mingyuan.platform.fulfillment.internal.Budgets;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.policy.matching.Explained;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.policy.matching.Matches;
import org.mingyuan.platform.policy.push.Notifications;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-stop applications (一次办): what an enterprise may apply for, and filing one application for one or several
 * clauses, which opens one case per clause at its first review stage. Only the enterprise's own accounts file. Each
 * clause must be in force, take applications (申报) with its window open today, be one the live matcher says the
 * enterprise qualifies for, and have no case of the enterprise under way; a refusal names the clause's position and
 * says what it lacks. Each required material is one named from the enterprise's material library or, when none is named,
 * the library's current material of its type. A submission carries an idempotency key: the same key again, however soon or concurrently,
 * answers with the first application and creates nothing.
 */
@Service
public class ApplicationDesk {

    /** Most clauses in one application. */
    public static final int MAX_CLAUSES = 20;

    /** Longest note. */
    public static final int NOTE_LENGTH = 2000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{5,30}");
    private static final long RACE_WAIT_MILLIS = 10_000;

    private final EnterpriseRegistry registry;
    private final LiveMatcher live;
    private final ClauseCatalog catalog;
    private final PolicyDesk policies;
    private final Applications applications;
    private final Cases cases;
    private final Budgets budgets;
    private final ReviewStages stages;
    private final StepRecorder recorder;
    private final HandedIn handedIn;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApplicationDesk(
            EnterpriseRegistry registry,
            LiveMatcher live,
            ClauseCatalog catalog,
            PolicyDesk policies,
            Applications applications,
            Cases cases,
            Budgets budgets,
            ReviewStages stages,
            StepRecorder recorder,
            HandedIn handedIn,
            Notifications notifications,
            TransactionTemplate transaction,
            Clock clock) {
        this.registry = registry;
        this.live = live;
        this.catalog = catalog;
        this.policies = policies;
        this.applications = applications;
        this.cases = cases;
        this.budgets = budgets;
        this.stages = stages;
        this.recorder = recorder;
        this.handedIn = handedIn;
        this.notifications = notifications;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * What a submission did.
     *
     * @param created false when the idempotency key named an application filed before, which is answered instead
     */
    public record Submitted(Application application, boolean created) {}

    /** What the enterprise may apply for today; for the enterprise's own accounts. */
    @Transactional(readOnly = true)
    public ApplicationOffer offer(Caller caller, String creditCode) {
        Enterprise enterprise = own(caller, creditCode);
        String code = enterprise.creditCode().value();
        Matches matches = live.matches(code);
        LocalDate today = RegistryTime.today(clock);
        List<ApplicationOffer.Offered> offered = new ArrayList<>();
        Set<String> needed = new LinkedHashSet<>();
        for (Matches.Match match : matches.qualified()) {
            Optional<ClauseVersionDetail> detail = catalog.detail(match.clauseId(), match.version());
            if (detail.isEmpty()
                    || detail.get().content().mode() != ClauseMode.APPLY
                    || !detail.get().openOn(today)
                    || cases.openFor(enterprise.id().value(), match.clauseId()).isPresent()) {
                continue;
            }
            ClauseVersionDetail version = detail.get();
            needed.addAll(version.content().materials());
            offered.add(new ApplicationOffer.Offered(
                    match.clauseId(),
                    match.version(),
                    match.titleZh(),
                    match.titleEn(),
                    match.amount(),
                    version.content().applyUntil(),
                    version.content().materials(),
                    stages.of(version),
                    live.explain(code, match.clauseId())
                            .map(Explained::conditions)
                            .orElse(List.of())));
        }
        List<ApplicationOffer.Needed> materials = needed.stream()
                .map(name -> new ApplicationOffer.Needed(
                        name,
                        handedIn.current(enterprise.id().value(), name, today).orElse(null)))
                .toList();
        return new ApplicationOffer(code, enterprise.name(), matches.day(), offered, materials);
    }

    /**
     * Files an application for the enterprise, or answers with the one filed before under the same key.
     *
     * @param key the idempotency key: 1 to 100 letters, digits and {@code . _ : -}, e.g. a UUID
     * @throws InvalidRequest naming each problem: {@code Idempotency-Key}, {@code clauses[i]}, {@code contactName},
     *     {@code contactPhone}, {@code note}, {@code materials[i]}; nothing is written then
     */
    public Submitted submit(Caller caller, String creditCode, @Nullable String key, ApplicationDraft draft) {
        Enterprise enterprise = own(caller, creditCode);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidRequest(
                    "Idempotency-Key", key == null ? "fulfillment.key.missing" : "fulfillment.key.format");
        }
        long enterpriseId = enterprise.id().value();
        String request = draft.sha256();
        Optional<Applications.Row> earlier = applications.byKey(enterpriseId, key);
        if (earlier.isPresent()) {
            return filedBefore(earlier.get(), request);
        }
        List<Chosen> chosen;
        try {
            chosen = check(caller, enterprise, draft);
        } catch (InvalidRequest refused) {
            // a submission with this key may have been filed meanwhile, making its clauses "under way"
            return applications
                    .byKey(enterpriseId, key)
                    .map(filed -> filedBefore(filed, request))
                    .orElseThrow(() -> refused);
        }
        try {
            Application filed = transaction.execute(status -> file(caller, enterprise, key, request, draft, chosen));
            return new Submitted(filed, true);
        } catch (DuplicateKeyException raced) {
            if (mentions(raced, "fulfillment_application_once")) {
                return filedBefore(awaitFiled(enterpriseId, key), request);
            }
            throw new InvalidRequest("clauses", "fulfillment.clause.underWay");
        }
    }

    /** The application with this id; its enterprise's accounts and officials see it, others are told it is missing. */
    @Transactional(readOnly = true)
    public Application application(Caller caller, long id) {
        Applications.Row row = applications.byId(id).orElseThrow(() -> new NotFound("application", id));
        Application application = assemble(row);
        boolean visible = application.cases().stream().allMatch(c -> CaseAccess.readable(caller, c));
        if (!visible) {
            throw new NotFound("application", id);
        }
        return application;
    }

    /** The enterprise's applications, newest first, at most 200. */
    @Transactional(readOnly = true)
    public List<Application> applications(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        return applications.ofEnterprise(enterprise.id().value(), 200).stream()
                .map(this::assemble)
                .filter(a -> a.cases().stream().allMatch(c -> CaseAccess.readable(caller, c)))
                .toList();
    }

    /** A clause chosen and found in order: the version in force, its estimate, department and stages. */
    private record Chosen(
            ClauseVersionDetail version,
            @Nullable BigDecimal estimatedAmount,
            String department,
            List<ReviewStage> stages) {}

    private Enterprise own(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        if (caller.enterpriseId() == null
                || caller.enterpriseId() != enterprise.id().value()
                || !caller.has(org.mingyuan.platform.identity.Role.ENTERPRISE)) {
            throw new AccessDeniedException("only the enterprise's own accounts apply for it");
        }
        return enterprise;
    }

    private List<Chosen> check(Caller caller, Enterprise enterprise, ApplicationDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> ids = draft.clauses() == null ? List.of() : draft.clauses();
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("clauses", "fulfillment.clauses.empty", List.of()));
        } else if (ids.size() > MAX_CLAUSES) {
            problems.add(new FieldProblem("clauses", "fulfillment.clauses.tooMany", List.of(MAX_CLAUSES)));
        }
        String code = enterprise.creditCode().value();
        LocalDate today = RegistryTime.today(clock);
        Map<String, Matches.Match> qualified = ids.isEmpty() || ids.size() > MAX_CLAUSES
                ? Map.of()
                : live.matches(code).qualified().stream()
                        .collect(Collectors.toMap(Matches.Match::clauseId, Function.identity()));
        List<Chosen> chosen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> required = new HashSet<>();
        for (int i = 0; i < ids.size() && ids.size() <= MAX_CLAUSES; i++) {
            String field = "clauses[" + i + "]";
            String id = ids.get(i) == null ? "" : ids.get(i).strip();
            if (!seen.add(id)) {
                problems.add(new FieldProblem(field, "fulfillment.clause.repeated", List.of(id)));
                continue;
            }
            Optional<ClauseVersionDetail> inForce = catalog.inForce(id, today);
            if (inForce.isEmpty()) {
                problems.add(new FieldProblem(field, "fulfillment.clause.notInForce", List.of(id)));
                continue;
            }
            ClauseVersionDetail version = inForce.get();
            required.addAll(version.content().materials());
            if (version.content().mode() != ClauseMode.APPLY) {
                problems.add(new FieldProblem(field, "fulfillment.clause.granted", List.of(id)));
                continue;
            }
            if (!version.openOn(today)) {
                problems.add(new FieldProblem(
                        field,
                        "fulfillment.clause.windowClosed",
                        List.of(
                                id,
                                day(version.content().applyFrom()),
                                day(version.content().applyUntil()))));
                continue;
            }
            Matches.Match match = qualified.get(id);
            if (match == null || match.version() != version.version()) {
                problems.add(new FieldProblem(field, "fulfillment.clause.notEligible", List.of(id, lacking(code, id))));
                continue;
            }
            Optional<ReviewCase> open = cases.openFor(enterprise.id().value(), id);
            if (open.isPresent()) {
                problems.add(new FieldProblem(
                        field,
                        "fulfillment.clause.alreadyApplied",
                        List.of(id, open.get().id())));
                continue;
            }
            String department = policies.departmentOf(version.policyId());
            chosen.add(new Chosen(version, match.amount(), department, stages.of(version)));
        }
        contact(draft, problems);
        handedIn.check(caller, code, draft.materials(), required, today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return chosen;
    }

    /** What the enterprise lacks for the clause, in the reader's language, one condition after another. */
    private String lacking(String creditCode, String clauseId) {
        boolean en = LocaleContextHolder.getLocale().getLanguage().equals("en");
        return live.explain(creditCode, clauseId)
                .map(explained -> explained.unmet().stream()
                        .map(c -> en ? c.en() : c.zh())
                        .collect(Collectors.joining(en ? "; " : "；")))
                .filter(text -> !text.isEmpty())
                .orElse(en ? "the registry does not show it" : "名录中的数据不满足");
    }

    private static void contact(ApplicationDraft draft, List<FieldProblem> problems) {
        String name = draft.contactName() == null ? "" : draft.contactName().strip();
        if (name.isEmpty() || name.length() > 60) {
            problems.add(new FieldProblem("contactName", "fulfillment.contactName", List.of(60)));
        }
        PlainText.problem("contactName", name, Lines.ONE).ifPresent(problems::add);
        String phone = draft.contactPhone() == null ? "" : draft.contactPhone().strip();
        if (!PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("contactPhone", "fulfillment.contactPhone", List.of()));
        }
        if (draft.note() != null && draft.note().length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("note", "fulfillment.note.length", List.of(NOTE_LENGTH)));
        }
        PlainText.problem("note", draft.note(), Lines.MANY).ifPresent(problems::add);
    }

    private Application file(
            Caller caller,
            Enterprise enterprise,
            String key,
            String request,
            ApplicationDraft draft,
            List<Chosen> chosen) {
        Instant now = clock.instant();
        long enterpriseId = enterprise.id().value();
        String code = enterprise.creditCode().value();
        String note = draft.note() == null || draft.note().isBlank()
                ? null
                : draft.note().strip();
        long applicationId = applications.insert(
                enterpriseId,
                code,
                key,
                note,
                draft.contactName().strip(),
                draft.contactPhone().strip(),
                caller.username(),
                now,
                request);
        for (Chosen c : chosen) {
            ClauseVersionDetail version = c.version();
            ReviewStage first = c.stages().get(0);
            StageRole role = ReviewStages.actor(first, enterprise.parkId());
            LocalDate due = stages.due(now, first);
            long caseId = cases.insert(new Cases.NewCase(
                    applicationId,
                    enterpriseId,
                    code,
                    enterprise.parkId(),
                    version.clauseId(),
                    version.version(),
                    version.policyId(),
                    c.department(),
                    version.content().titleZh(),
                    version.content().titleEn(),
                    c.estimatedAmount(),
                    version.content().cap(),
                    c.stages().size(),
                    role,
                    now,
                    due));
            cases.insertMaterials(
                    caseId,
                    handedIn.resolve(
                            enterpriseId,
                            version.content().materials(),
                            draft.materials(),
                            RegistryTime.dayOf(now),
                            true));
            ReviewCase opened = cases.byId(caseId).orElseThrow();
            recorder.record(
                    opened,
                    new CaseStep(
                            0,
                            caseId,
                            UUID.randomUUID().toString(),
                            StepKind.SUBMITTED,
                            0,
                            first.nameZh(),
                            first.nameEn(),
                            role,
                            now,
                            due,
                            caller.username(),
                            now,
                            0,
                            c.estimatedAmount(),
                            null,
                            null,
                            note),
                    first,
                    due);
            budgets.ensure(version.clauseId(), version.content().budget(), now);
            notifications.markApplied(enterprise.id(), version.clauseId(), version.version());
        }
        return assemble(applications.byId(applicationId).orElseThrow());
    }

    /**
     * The application filed before under the key, when it asked for what {@code request} asks for; a different request
     * under a used key is refused.
     */
    private Submitted filedBefore(Applications.Row filed, String request) {
        if (filed.requestSha256() != null && !filed.requestSha256().equals(request)) {
            throw new Conflict("Idempotency-Key", "fulfillment.key.reused", filed.idempotencyKey(), filed.id());
        }
        return new Submitted(assemble(filed), false);
    }

    private Applications.Row awaitFiled(long enterpriseId, String key) {
        long until = System.currentTimeMillis() + RACE_WAIT_MILLIS;
        while (true) {
            Optional<Applications.Row> filed = applications.byKey(enterpriseId, key);
            if (filed.isPresent()) {
                return filed.get();
            }
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException(
                        "an application with key " + key + " was refused as a duplicate but" + " none is found");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private Application assemble(Applications.Row row) {
        return new Application(
                row.id(),
                row.enterpriseId(),
                row.creditCode(),
                row.idempotencyKey(),
                row.note(),
                row.contactName(),
                row.contactPhone(),
                row.submittedBy(),
                row.submittedAt(),
                cases.ofApplication(row.id()));
    }

    private static boolean mentions(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null
                    && cause.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "—" : day.toString();
    }
}
