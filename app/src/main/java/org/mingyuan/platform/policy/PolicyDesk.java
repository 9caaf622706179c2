package org.mingyuan.platform.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.PolicyEvents.ClauseDrafted;
import org.mingyuan.platform.policy.PolicyEvents.ClausePublished;
import org.mingyuan.platform.policy.PolicyEvents.ClauseWithdrawn;
import org.mingyuan.platform.policy.PolicyEvents.PolicySaved;
import org.mingyuan.platform.policy.internal.ClauseChecker;
import org.mingyuan.platform.policy.internal.ClauseStore;
import org.mingyuan.platform.policy.internal.PolicyStore;
import org.mingyuan.platform.policy.internal.TextRules;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and publishes policies and their clauses. Reading is open to all (drafts to officials only); writing,
 * publishing, amending and withdrawing to policy officers and administrators. Every refusal names its field and writes
 * nothing.
 */
@Service
public class PolicyDesk {

    /** The actor of the platform's own actions, such as loading the demo policies. */
    public static final String SYSTEM = "system";

    private final PolicyStore policies;
    private final ClauseStore clauses;
    private final FactSchemas schemas;
    private final ParkCatalog parks;
    private final ApplicationEventPublisher events;

    PolicyDesk(
            PolicyStore policies,
            ClauseStore clauses,
            FactSchemas schemas,
            ParkCatalog parks,
            ApplicationEventPublisher events) {
        this.policies = policies;
        this.clauses = clauses;
        this.schemas = schemas;
        this.parks = parks;
        this.events = events;
    }

    /** Whether {@code caller} may write policies: policy officers and administrators. */
    public static boolean mayWrite(@Nullable Caller caller) {
        return caller != null && (caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN));
    }

    private static String writer(@Nullable Caller caller) {
        if (!mayWrite(caller)) {
            throw new AccessDeniedException("only policy officers and administrators write policies");
        }
        return caller.username();
    }

    // ---- reading

    /**
     * The policy with {@code id} as {@code caller} may see it: officials see drafts; others see only the clauses with
     * a published version, and not a policy that has none. Not finding it leaves the caller's transaction usable.
     */
    @Transactional(readOnly = true, noRollbackFor = NotFound.class)
    public Policy policy(@Nullable Caller caller, long id) {
        Policy policy = load(id);
        if (mayWrite(caller) || caller != null && caller.isOfficial()) {
            return policy;
        }
        List<Clause> visible = policy.clauses().stream()
                .filter(c -> c.latestPublished().isPresent())
                .map(PolicyDesk::withoutDraft)
                .toList();
        if (visible.isEmpty()) {
            throw new NotFound("policy", id);
        }
        return new Policy(policy.id(), policy.content(), policy.updatedAt(), visible);
    }

    /** The issuing department (its Chinese name) of policy {@code id}, without loading its clauses. */
    @Transactional(readOnly = true)
    public String departmentOf(long id) {
        return policies.byId(id).map(row -> row.content().departmentZh()).orElseThrow(() -> new NotFound("policy", id));
    }

    private static Clause withoutDraft(Clause clause) {
        return new Clause(
                clause.clauseId(),
                clause.policyId(),
                clause.position(),
                clause.withdrawnFrom(),
                clause.withdrawnBy(),
                clause.versions().stream()
                        .filter(v -> v.state() == VersionState.PUBLISHED)
                        .toList());
    }

    /** Every policy with all its clauses and versions (no caller check: for the module's own index and pages). */
    @Transactional(readOnly = true)
    public List<Policy> all() {
        return policies.all().stream()
                .map(row -> new Policy(row.id(), row.content(), row.updatedAt(), clauses.ofPolicy(row.id())))
                .toList();
    }

    Policy load(long id) {
        PolicyStore.Row row = policies.byId(id).orElseThrow(() -> new NotFound("policy", id));
        return new Policy(row.id(), row.content(), row.updatedAt(), clauses.ofPolicy(id));
    }

    /** The clause with every version, for an official; others see its published versions only. */
    @Transactional(readOnly = true)
    public Clause clause(@Nullable Caller caller, String clauseId) {
        return clause(caller, clauseId, false);
    }

    /** The clause; {@code everything} gives drafts whoever asks (for checks that precede a caller check). */
    @Transactional(readOnly = true)
    public Clause clause(@Nullable Caller caller, String clauseId, boolean everything) {
        Clause clause = clauses.clause(clauseId).orElseThrow(() -> new NotFound("clause", clauseId));
        if (everything || caller != null && caller.isOfficial()) {
            return clause;
        }
        if (clause.latestPublished().isEmpty()) {
            throw new NotFound("clause", clauseId);
        }
        return withoutDraft(clause);
    }

    /** The id of the policy a clause belongs to. */
    Optional<Long> clauseOwner(String clauseId) {
        return clauses.clause(clauseId).map(Clause::policyId);
    }

    /** Every clause with an open draft, for the officers' workbench. */
    @Transactional(readOnly = true)
    public List<Clause> drafts(Caller caller) {
        writer(caller);
        return clauses.withDrafts();
    }

    // ---- writing

    /** Creates a policy without clauses. */
    @Transactional
    public Policy create(Caller caller, PolicyContent content) {
        String actor = writer(caller);
        long id = insertPolicy(content, actor);
        return load(id);
    }

    long insertPolicy(PolicyContent content, String actor) {
        requirePolicy("", content);
        if (policies.byCode(content.code()).isPresent()) {
            throw new InvalidRequest("code", "policy.codeTaken", content.code());
        }
        long id = policies.insert(content, actor, Instant.now());
        events.publishEvent(new PolicySaved(id, content.code(), actor));
        return id;
    }

    /** Replaces a policy's fields; its code stays. */
    @Transactional
    public Policy update(Caller caller, long id, PolicyContent content) {
        String actor = writer(caller);
        updatePolicy(id, content, actor);
        return load(id);
    }

    void updatePolicy(long id, PolicyContent content, String actor) {
        PolicyStore.Row row = policies.byId(id).orElseThrow(() -> new NotFound("policy", id));
        if (!row.content().code().equals(content.code())) {
            throw new InvalidRequest("code", "policy.codeFixed", row.content().code());
        }
        requirePolicy("", content);
        policies.update(id, content, Instant.now());
        events.publishEvent(new PolicySaved(id, content.code(), actor));
    }

    /**
     * The problems with a policy's fields that creating or updating it would refuse (a taken code aside), each naming
     * its field; empty when there are none. Writes nothing.
     */
    public List<FieldProblem> problems(PolicyContent content) {
        return policyProblems("", content);
    }

    void requirePolicy(String prefix, PolicyContent content) {
        List<FieldProblem> problems = policyProblems(prefix, content);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private List<FieldProblem> policyProblems(String prefix, PolicyContent content) {
        List<FieldProblem> problems = new ArrayList<>(TextRules.policy(prefix, content));
        Set<String> known = parks.all().stream().map(Park::code).collect(Collectors.toSet());
        for (int i = 0; i < content.parks().size(); i++) {
            if (!known.contains(content.parks().get(i))) {
                problems.add(new FieldProblem(
                        prefix + "parks[" + i + "]",
                        "policy.unknownPark",
                        List.of(content.parks().get(i))));
            }
        }
        return problems;
    }

    /** Adds a clause to a policy, as its first draft. */
    @Transactional
    public Clause addClause(Caller caller, long policyId, String clauseId, ClauseContent content) {
        String actor = writer(caller);
        insertClause(policyId, clauseId, content, actor);
        return clauses.clause(clauseId).orElseThrow();
    }

    void insertClause(long policyId, String clauseId, ClauseContent content, String actor) {
        policies.byId(policyId).orElseThrow(() -> new NotFound("policy", policyId));
        TextRules.requireClause(clauseId, content);
        if (clauses.clause(clauseId).isPresent()) {
            throw new InvalidRequest("id", "policy.clauseTaken", clauseId);
        }
        clauses.insertClause(clauseId, policyId, content, actor, Instant.now());
        events.publishEvent(new ClauseDrafted(clauseId, 1, false, actor));
    }

    /** Replaces the text of a clause's open draft, opening one after the newest published version if there is none. */
    @Transactional
    public Clause saveDraft(Caller caller, String clauseId, ClauseContent content) {
        String actor = writer(caller);
        writeDraft(clauseId, content, actor);
        return clauses.clause(clauseId).orElseThrow();
    }

    void writeDraft(String clauseId, ClauseContent content, String actor) {
        TextRules.requireClause(clauseId, content);
        Clause clause = lockedClause(clauseId);
        if (clause.withdrawnFrom() != null) {
            throw new InvalidRequest("id", "policy.withdrawn", clauseId);
        }
        var draft = clause.draft();
        if (draft.isPresent()) {
            clauses.replaceDraft(clauseId, draft.get().version(), content, actor, Instant.now());
            events.publishEvent(new ClauseDrafted(
                    clauseId, draft.get().version(), draft.get().version() > 1, actor));
        } else {
            int version = clause.latest().version() + 1;
            clauses.insertDraft(clauseId, version, content, actor, Instant.now());
            events.publishEvent(new ClauseDrafted(clauseId, version, true, actor));
        }
    }

    /** Opens an amendment: a new draft holding the newest published version's text. */
    @Transactional
    public Clause amend(Caller caller, String clauseId) {
        String actor = writer(caller);
        Clause clause = lockedClause(clauseId);
        if (clause.draft().isPresent()) {
            throw new InvalidRequest(
                    "id", "policy.draftOpen", clauseId, clause.draft().get().version());
        }
        if (clause.withdrawnFrom() != null) {
            throw new InvalidRequest("id", "policy.withdrawn", clauseId);
        }
        ClauseVersionDetail published = clause.latestPublished().orElseThrow();
        int version = published.version() + 1;
        clauses.insertDraft(clauseId, version, published.content(), actor, Instant.now());
        events.publishEvent(new ClauseDrafted(clauseId, version, true, actor));
        return clauses.clause(clauseId).orElseThrow();
    }

    /** Checks a clause text against the current fact schema, with its examples, writing nothing. */
    public ClauseCheck check(String clauseId, ClauseContent content, @Nullable LocalDate policyDay) {
        return new ClauseChecker(schemas.schema()).check(clauseId, content, defaultDay(content, policyDay));
    }

    static LocalDate defaultDay(ClauseContent content, @Nullable LocalDate policyDay) {
        if (content.validFrom() != null) {
            return content.validFrom();
        }
        return policyDay != null ? policyDay : LocalDate.now();
    }

    /**
     * Publishes the clause's open draft: it must compile and every example (at least one) must pass. An amendment
     * supersedes the versions before it from its own validity on; the earlier versions stay as they were.
     *
     * @param confirmOverBudget the officer confirms publishing although the simulation found it over its budget
     */
    @Transactional
    public ClauseVersionDetail publish(Caller caller, String clauseId, boolean confirmOverBudget) {
        return publishDraft(clauseId, confirmOverBudget, writer(caller));
    }

    ClauseVersionDetail publishDraft(String clauseId, boolean confirmOverBudget, String actor) {
        Clause clause = lockedClause(clauseId);
        if (clause.withdrawnFrom() != null) {
            throw new InvalidRequest("id", "policy.withdrawn", clauseId);
        }
        ClauseVersionDetail draft =
                clause.draft().orElseThrow(() -> new InvalidRequest("id", "policy.noDraft", clauseId));
        PolicyContent policy = policies.byId(clause.policyId()).orElseThrow().content();
        requirePublishable("", clauseId, draft.content(), check(clauseId, draft.content(), policy.issuedOn()));
        if (!clauses.markPublished(clauseId, draft.version(), actor, Instant.now(), confirmOverBudget)) {
            throw new InvalidRequest("id", "policy.noDraft", clauseId);
        }
        ClauseVersionDetail published =
                clauses.version(clauseId, draft.version()).orElseThrow();
        ClauseVersion version = published.toClauseVersion();
        events.publishEvent(new ClausePublished(version, actor));
        events.publishEvent(new ClauseRecorded(
                version.version() == 1 ? ClauseRecorded.Action.PUBLISHED : ClauseRecorded.Action.AMENDED,
                version,
                policy.code(),
                policy.documentNumber(),
                published.contentSha256(),
                null,
                actor));
        return published;
    }

    /** Refuses a text that does not compile, has no example, or has an example that fails; names the field. */
    static void requirePublishable(String prefix, String clauseId, ClauseContent content, ClauseCheck check) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ClauseCheck.Problem error : check.errors()) {
            String field = switch (error.part()) {
                case "eligibility", "amount", "cap" -> error.part();
                default -> "validUntil";
            };
            problems.add(new FieldProblem(
                    prefix + field, "policy.compile", List.of(error.line(), error.column(), error.message())));
        }
        if (check.errors().isEmpty() && content.examples().isEmpty()) {
            problems.add(new FieldProblem(prefix + "examples", "policy.noExamples", List.of(clauseId)));
        }
        for (ClauseCheck.ExampleOutcome outcome : check.examples()) {
            if (!outcome.passed()) {
                ExampleCase example = content.examples().get(outcome.index());
                String got = outcome.error() != null
                        ? outcome.error()
                        : (outcome.eligible() ? "eligible" : "not eligible")
                                + (outcome.amount() == null
                                        ? ""
                                        : ", " + outcome.amount().toPlainString() + " CNY");
                String wanted = (example.eligible() ? "eligible" : "not eligible")
                        + (example.eligible() && example.amount() != null
                                ? ", " + example.amount().toPlainString() + " CNY"
                                : "");
                problems.add(new FieldProblem(
                        prefix + "examples[" + outcome.index() + "]",
                        "policy.exampleFails",
                        List.of(outcome.name(), got, wanted)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    /** Withdraws a clause from {@code from} (today when null) on: no version of it is in force from that day. */
    @Transactional
    public Clause withdraw(Caller caller, String clauseId, @Nullable LocalDate from) {
        String actor = writer(caller);
        Clause clause = lockedClause(clauseId);
        ClauseVersionDetail published =
                clause.latestPublished().orElseThrow(() -> new InvalidRequest("id", "policy.notPublished", clauseId));
        LocalDate day = from != null ? from : LocalDate.now();
        if (!clauses.withdraw(clauseId, day, actor, Instant.now())) {
            throw new InvalidRequest("id", "policy.withdrawn", clauseId);
        }
        PolicyContent policy = policies.byId(clause.policyId()).orElseThrow().content();
        events.publishEvent(new ClauseWithdrawn(clauseId, published.version(), actor));
        events.publishEvent(new ClauseRecorded(
                ClauseRecorded.Action.WITHDRAWN,
                published.toClauseVersion(),
                policy.code(),
                policy.documentNumber(),
                published.contentSha256(),
                day,
                actor));
        return clauses.clause(clauseId).orElseThrow();
    }

    private Clause lockedClause(String clauseId) {
        if (!clauses.lock(clauseId)) {
            throw new NotFound("clause", clauseId);
        }
        return clauses.clause(clauseId).orElseThrow();
    }
}
