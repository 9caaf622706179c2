package org.mingyuan.platform.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.CaseDesk;
import org.mingyuan.platform.fulfillment.CaseState;
import org.mingyuan.platform.fulfillment.ClawbackDesk;
import org.mingyuan.platform.fulfillment.ClawbackReason;
import org.mingyuan.platform.fulfillment.ReviewCase;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.recognition.RecognitionEvents.RecognitionRevoked;
import org.mingyuan.platform.recognition.internal.RecognitionStore;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recognitions on record (区块链企业认定): the schemes, each application for whoever may see it, the officials' and
 * experts' queues and the export of those granted; and revocation, which ends the registry certification and claws
 * back what was paid under clauses that required it. Applying is {@link RecognitionApplications}', reviewing
 * {@link RecognitionReviews}'.
 */
@Service
public class Recognitions {

    private final RecognitionStore store;
    private final EnterpriseRegistry registry;
    private final EnterpriseCertifications certifications;
    private final CaseDesk cases;
    private final ClauseCatalog clauses;
    private final ClawbackDesk clawbacks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recognitions(
            RecognitionStore store,
            EnterpriseRegistry registry,
            EnterpriseCertifications certifications,
            CaseDesk cases,
            ClauseCatalog clauses,
            ClawbackDesk clawbacks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.certifications = certifications;
        this.cases = cases;
        this.clauses = clauses;
        this.clawbacks = clawbacks;
        this.events = events;
        this.clock = clock;
    }

    /** True for the district's officials, who review, confirm and revoke: policy officers and administrators. */
    public static boolean isOfficial(Caller caller) {
        return caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN);
    }

    /** Every scheme. */
    @Transactional(readOnly = true)
    public List<RecognitionScheme> schemes() {
        return store.schemes();
    }

    /** The scheme with this code. */
    @Transactional(readOnly = true)
    public RecognitionScheme scheme(String code) {
        return store.schemes().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFound("scheme", code));
    }

    /**
     * What waits for the caller, counted: applications in the district's review and panel reviews whose quorum is in
     * (officials), applications awaiting the caller's opinion (experts); nothing for anyone else.
     */
    @Transactional(readOnly = true)
    public Waiting waiting(Caller caller) {
        if (isOfficial(caller)) {
            return new Waiting(store.count(RecognitionState.DISTRICT_REVIEW), store.withQuorum(), 0);
        }
        if (caller.has(Role.EXPERT)) {
            return new Waiting(0, 0, store.awaitingOpinionOf(caller.username()));
        }
        return new Waiting(0, 0, 0);
    }

    /** Counts of the applications waiting for a caller; see {@link #waiting(Caller)}. */
    public record Waiting(int districtReview, int decisions, int opinions) {}

    /** The application, for its enterprise's accounts, officials and experts. */
    @Transactional(readOnly = true)
    public Recognition get(Caller caller, long id) {
        Recognition r = store.byId(id).orElseThrow(() -> new NotFound("recognition", id));
        boolean owns = caller.has(Role.ENTERPRISE)
                && caller.enterpriseId() != null
                && caller.enterpriseId() == r.enterpriseId();
        if (!owns && !caller.isOfficial() && !caller.has(Role.EXPERT)) {
            throw new NotFound("recognition", id);
        }
        return r;
    }

    /** The enterprise's applications, newest first; for whoever may see the enterprise. */
    @Transactional(readOnly = true)
    public List<Recognition> ofEnterprise(Caller caller, String creditCode) {
        Enterprise enterprise = registry.find(caller, creditCode);
        return store.ofEnterprise(enterprise.id().value());
    }

    /**
     * The applications officials and experts work on: under review (district and panel) for officials, panel review
     * for experts; with {@code decided} those recognised, refused and revoked instead (officials).
     */
    @Transactional(readOnly = true)
    public List<Recognition> queue(Caller caller, boolean decided) {
        if (caller.has(Role.EXPERT) && !decided) {
            return store.inStates(List.of(RecognitionState.PANEL_REVIEW), 500);
        }
        requireOfficial(caller);
        return store.inStates(
                decided
                        ? List.of(RecognitionState.RECOGNISED, RecognitionState.REFUSED, RecognitionState.REVOKED)
                        : List.of(RecognitionState.DISTRICT_REVIEW, RecognitionState.PANEL_REVIEW),
                500);
    }

    /**
     * Every application in {@code state} (every state when null), newest first, at most 500; officials. Experts get
     * the applications in panel review they have not given an opinion on yet, whatever {@code state}.
     */
    @Transactional(readOnly = true)
    public List<Recognition> list(Caller caller, @Nullable RecognitionState state) {
        if (caller.has(Role.EXPERT) && !isOfficial(caller)) {
            return store.inStates(List.of(RecognitionState.PANEL_REVIEW), 500).stream()
                    .filter(r -> r.opinions().stream().noneMatch(o -> o.expert().equals(caller.username())))
                    .toList();
        }
        requireOfficial(caller);
        return store.newestIn(state == null ? List.of(RecognitionState.values()) : List.of(state), 500);
    }

    /** Every recognition ever granted, recognised or revoked, newest first, for the export; officials. */
    @Transactional(readOnly = true)
    public List<Recognition> granted(Caller caller) {
        requireOfficial(caller);
        return store.newestIn(List.of(RecognitionState.RECOGNISED, RecognitionState.REVOKED), 100_000);
    }

    /**
     * Revokes a recognition (officials): its certification ends today, so clauses requiring it stop matching at once,
     * and every paid award of the enterprise under a clause whose condition names the certification is clawed back in
     * full.
     *
     * @throws InvalidRequest naming {@code reason} when it is missing
     * @throws Conflict naming {@code state} when the application is not recognised
     */
    @Transactional
    public Recognition revoke(Caller caller, long id, @Nullable String reason) {
        requireOfficial(caller);
        Recognition r = get(caller, id);
        String text = RecognitionReviews.note(reason, true, "reason");
        if (r.state() != RecognitionState.RECOGNISED) {
            throw new Conflict("state", "recognition.state", r.state().name());
        }
        RecognitionScheme scheme = schemeOf(store, r);
        LocalDate today = RegistryTime.today(clock);
        if (!store.revoke(id, r.revision(), today, caller.username(), text)) {
            throw new Conflict("state", "recognition.changed");
        }
        certifications.end(caller, r.creditCode(), scheme.grants(), r.certificateNumber(), today);
        int opened = 0;
        for (ReviewCase c : cases.ofEnterprise(caller, r.creditCode())) {
            if (c.state() == CaseState.PAID && requires(c, scheme.grants())) {
                if (clawbacks
                        .clawBackAll(caller, c.id(), ClawbackReason.INELIGIBLE, "区块链企业认定被撤销：" + text)
                        .isPresent()) {
                    opened++;
                }
            }
        }
        events.publishEvent(new RecognitionRevoked(
                id, scheme.code(), r.creditCode(), today.toString(), opened, text, caller.username()));
        return store.byId(id).orElseThrow();
    }

    /** True when the case's clause version names the certification type in its condition. */
    private boolean requires(ReviewCase c, String certification) {
        return clauses.version(c.clauseId(), c.clauseVersion())
                .map(v -> v.eligibility().contains("'" + certification + "'")
                        || v.eligibility().contains("\"" + certification + "\""))
                .orElse(false);
    }

    /** The scheme the application was filed under. */
    static RecognitionScheme schemeOf(RecognitionStore store, Recognition r) {
        return store.schemes().stream()
                .filter(s -> s.id() == r.schemeId())
                .findFirst()
                .orElseThrow();
    }

    /** Refuses whoever is not one of the district's officials. */
    static void requireOfficial(Caller caller) {
        if (!isOfficial(caller)) {
            throw new AccessDeniedException("recognition reviews are for the district's officials");
        }
    }
}
