package org.mingyuan.platform.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.policy.PolicyEvents.PolicyImported;
import org.mingyuan.platform.policy.internal.CanonicalText;
import org.mingyuan.platform.policy.internal.ClauseStore;
import org.mingyuan.platform.policy.internal.PolicyFile;
import org.mingyuan.platform.policy.internal.PolicyStore;
import org.mingyuan.platform.policy.internal.PolicyYaml;
import org.mingyuan.platform.policy.internal.TextRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aggregation (汇聚): imports policy files and exports policies as files. An import is checked whole, every file,
 * every clause compiled and every example run, and writes nothing unless all of it passes. A policy already known (by
 * its id, or by its 文号) is recognised: the same content writes nothing; a changed clause becomes a new draft.
 */
@Service
public class PolicyImports {

    /** The most files one import takes. */
    public static final int MAX_FILES = 50;

    /** An uploaded file. */
    public record Upload(String filename, byte[] bytes) {}

    /**
     * What an import did with one file.
     *
     * @param outcome {@code CREATED}, {@code UPDATED} or {@code UNCHANGED}
     * @param drafts the clauses that got a new or changed draft
     */
    public record Imported(String filename, String code, long policyId, String outcome, List<String> drafts) {}

    private final PolicyDesk desk;
    private final PolicyStore policies;
    private final ClauseStore clauses;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    PolicyImports(
            PolicyDesk desk,
            PolicyStore policies,
            ClauseStore clauses,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.desk = desk;
        this.policies = policies;
        this.clauses = clauses;
        this.transaction = transaction;
        this.events = events;
    }

    /** Imports files for an officer or administrator. */
    public List<Imported> importFiles(@Nullable Caller caller, List<Upload> files) {
        if (!PolicyDesk.mayWrite(caller)) {
            throw new AccessDeniedException("only policy officers and administrators import policies");
        }
        return importAs(caller.username(), files);
    }

    /** Imports files as {@code actor}; the platform's own loading of its demo policies uses it. */
    List<Imported> importAs(String actor, List<Upload> files) {
        try {
            List<Imported> done = transaction.execute(status -> check(files, actor));
            done.forEach(d -> events.publishEvent(
                    new PolicyImported(d.filename(), d.code(), d.outcome(), String.join(",", d.drafts()), actor)));
            return done;
        } catch (InvalidRequest refused) {
            String reason = refused.problems().get(0).field() + " "
                    + refused.problems().get(0).code();
            transaction.executeWithoutResult(status -> files.forEach(
                    f -> events.publishEvent(new PolicyImported(f.filename(), "", "REFUSED", reason, actor))));
            throw refused;
        }
    }

    private List<Imported> check(List<Upload> files, String actor) {
        if (files.isEmpty()) {
            throw new InvalidRequest("file", "policy.import.noFiles");
        }
        if (files.size() > MAX_FILES) {
            throw new InvalidRequest("file", "policy.import.tooManyFiles", MAX_FILES);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<PolicyFile> read = new ArrayList<>();
        for (Upload file : files) {
            try {
                read.add(PolicyYaml.read(file.filename(), file.bytes()));
            } catch (InvalidRequest refused) {
                problems.addAll(refused.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Set<String> keys = new HashSet<>();
        for (int f = 0; f < read.size(); f++) {
            PolicyFile file = read.get(f);
            String name = files.get(f).filename();
            if (!keys.add("policy:" + file.policy().code())) {
                problems.add(new FieldProblem(
                        name + ": id",
                        "policy.import.duplicate",
                        List.of(file.policy().code())));
            }
            try {
                desk.requirePolicy(name + ": ", file.policy());
            } catch (InvalidRequest refused) {
                problems.addAll(refused.problems());
            }
            Optional<PolicyStore.Row> known = find(file.policy());
            for (PolicyFile.Entry entry : file.clauses()) {
                String prefix = name + ": clauses[" + entry.id() + "].";
                if (!keys.add("clause:" + entry.id())) {
                    problems.add(new FieldProblem(prefix + "id", "policy.import.duplicate", List.of(entry.id())));
                }
                List<FieldProblem> text = TextRules.clause(prefix, entry.id(), entry.content());
                problems.addAll(text);
                clauses.clause(entry.id())
                        .filter(c ->
                                known.isEmpty() || c.policyId() != known.get().id())
                        .ifPresent(c -> problems.add(new FieldProblem(
                                prefix + "id", "policy.import.otherPolicy", List.of(entry.id(), c.policyId()))));
                if (text.isEmpty()) {
                    ClauseCheck check = desk.check(
                            entry.id(), entry.content(), file.policy().issuedOn());
                    try {
                        PolicyDesk.requirePublishable(prefix, entry.id(), entry.content(), check);
                    } catch (InvalidRequest refused) {
                        problems.addAll(refused.problems());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        List<Imported> done = new ArrayList<>();
        for (int f = 0; f < read.size(); f++) {
            done.add(write(files.get(f).filename(), read.get(f), actor));
        }
        return done;
    }

    private Optional<PolicyStore.Row> find(PolicyContent policy) {
        Optional<PolicyStore.Row> byCode = policies.byCode(policy.code());
        if (byCode.isPresent() || policy.documentNumber() == null) {
            return byCode;
        }
        return policies.byDocumentNumber(policy.documentNumber()).stream().findFirst();
    }

    private Imported write(String filename, PolicyFile file, String actor) {
        Optional<PolicyStore.Row> known = find(file.policy());
        List<String> drafts = new ArrayList<>();
        if (known.isEmpty()) {
            long id = desk.insertPolicy(file.policy(), actor);
            for (PolicyFile.Entry entry : file.clauses()) {
                desk.insertClause(id, entry.id(), entry.content(), actor);
                drafts.add(entry.id());
            }
            return new Imported(filename, file.policy().code(), id, "CREATED", drafts);
        }
        long id = known.get().id();
        PolicyContent same = withCode(file.policy(), known.get().content().code());
        boolean policyChanged = !same.equals(known.get().content());
        if (policyChanged) {
            desk.updatePolicy(id, same, actor);
        }
        for (PolicyFile.Entry entry : file.clauses()) {
            Optional<Clause> clause = clauses.clause(entry.id());
            if (clause.isEmpty()) {
                desk.insertClause(id, entry.id(), entry.content(), actor);
                drafts.add(entry.id());
            } else if (!clause.get().latest().contentSha256().equals(CanonicalText.sha256(entry.content()))) {
                desk.writeDraft(entry.id(), entry.content(), actor);
                drafts.add(entry.id());
            }
        }
        String outcome = policyChanged || !drafts.isEmpty() ? "UPDATED" : "UNCHANGED";
        return new Imported(filename, same.code(), id, outcome, drafts);
    }

    private static PolicyContent withCode(PolicyContent p, String code) {
        return new PolicyContent(
                code,
                p.titleZh(),
                p.titleEn(),
                p.departmentZh(),
                p.departmentEn(),
                p.documentNumber(),
                p.issuedOn(),
                p.level(),
                p.sourceUrl(),
                p.sourceText(),
                p.interpretation(),
                p.tags(),
                p.parks(),
                p.note(),
                p.demo());
    }

    /** The policy as a policy file: each clause's newest version, draft or published (officials only see drafts). */
    public String export(@Nullable Caller caller, long policyId) {
        Policy policy = desk.policy(caller, policyId);
        List<PolicyFile.Entry> entries = new ArrayList<>();
        for (Clause clause : policy.clauses()) {
            if (!clause.versions().isEmpty()) {
                entries.add(
                        new PolicyFile.Entry(clause.clauseId(), clause.latest().content()));
            }
        }
        if (entries.isEmpty()) {
            throw new NotFound("policy", policyId);
        }
        return PolicyYaml.write(new PolicyFile(policy.content(), entries));
    }
}
