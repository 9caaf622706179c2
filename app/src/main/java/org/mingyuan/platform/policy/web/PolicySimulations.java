package org.mingyuan.platform.policy.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.Clause;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.SimulationReport;
import org.mingyuan.platform.policy.matching.Simulations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Chooses what to simulate of a policy (one clause's draft, or every draft) for the simulation API and page. */
@Component
class PolicySimulations {

    static final int MAX_EXPRESSION = 10_000;

    private final PolicyDesk desk;
    private final Simulations simulations;

    PolicySimulations(PolicyDesk desk, Simulations simulations) {
        this.desk = desk;
        this.simulations = simulations;
    }

    /** Whether the caller may simulate: policy officers, administrators and supervisors. */
    static boolean maySimulate(Caller caller) {
        return caller.has(Role.POLICY_OFFICER) || caller.has(Role.ADMIN) || caller.has(Role.SUPERVISOR);
    }

    /**
     * The drafts of the policy, or of its clause {@code clauseId}, simulated; refused naming {@code clause} when
     * there is no draft to simulate.
     */
    List<SimulationReport> drafts(Caller caller, long policyId, @Nullable String clauseId) {
        require(caller);
        Policy policy = desk.policy(caller, policyId);
        List<SimulationReport> reports = new ArrayList<>();
        for (Clause clause : policy.clauses()) {
            if (clauseId != null && !clause.clauseId().equals(clauseId)) {
                continue;
            }
            clause.draft().ifPresent(draft -> reports.add(simulate(draft)));
        }
        if (clauseId != null
                && policy.clauses().stream().noneMatch(c -> c.clauseId().equals(clauseId))) {
            throw new NotFound("clause", clauseId);
        }
        if (reports.isEmpty()) {
            throw new InvalidRequest("clause", "matching.simulation.noDraft", clauseId == null ? policyId : clauseId);
        }
        return reports;
    }

    private SimulationReport simulate(ClauseVersionDetail draft) {
        return simulations.simulate(draft.clauseId(), draft.version(), draft.content());
    }

    /** Text not saved yet, simulated as a version of the policy's clause {@code clauseId} (new or existing). */
    SimulationReport text(Caller caller, long policyId, SimulationText text) {
        require(caller);
        Policy policy = desk.policy(caller, policyId);
        List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
        if (text.clauseId() == null
                || text.clauseId().isBlank()
                || text.clauseId().length() > 100) {
            problems.add(new InvalidRequest.FieldProblem("clauseId", "matching.simulation.clauseId", List.of(100)));
        }
        check(problems, "eligibility", text.eligibility());
        check(problems, "amount", text.amount());
        if (text.cap() != null && text.cap().signum() < 0) {
            problems.add(new InvalidRequest.FieldProblem("cap", "matching.simulation.negative", List.of()));
        }
        if (text.budget() != null && text.budget().signum() < 0) {
            problems.add(new InvalidRequest.FieldProblem("budget", "matching.simulation.negative", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        boolean elsewhere =
                policy.clauses().stream().noneMatch(c -> c.clauseId().equals(text.clauseId()))
                        && desk.all().stream()
                                .flatMap(p -> p.clauses().stream())
                                .anyMatch(c -> c.clauseId().equals(text.clauseId()));
        if (elsewhere) {
            throw new InvalidRequest("clauseId", "matching.simulation.otherPolicy", text.clauseId());
        }
        String title = text.clauseId();
        ClauseContent content = ClauseContent.sketch(
                title, title, "", "", text.eligibility(), text.amount(), text.cap(), text.budget());
        return simulations.simulate(text.clauseId(), 0, content);
    }

    private static void check(List<InvalidRequest.FieldProblem> problems, String field, @Nullable String expression) {
        if (expression == null || expression.isBlank()) {
            problems.add(new InvalidRequest.FieldProblem(field, "matching.simulation.required", List.of()));
        } else if (expression.length() > MAX_EXPRESSION) {
            problems.add(new InvalidRequest.FieldProblem(
                    field, "matching.simulation.tooLong", List.of(expression.length(), MAX_EXPRESSION)));
        }
    }

    private static void require(Caller caller) {
        if (!maySimulate(caller)) {
            throw new AccessDeniedException("only policy officers, administrators and supervisors simulate");
        }
    }

    /**
     * A clause's text to simulate before it is saved.
     *
     * @param clauseId the clause it would be a version of
     * @param budget the budget to compare the total with, CNY
     */
    record SimulationText(
            @Nullable String clauseId,
            @Nullable String eligibility,
            @Nullable String amount,
            @Nullable BigDecimal cap,
            @Nullable BigDecimal budget) {}
}
