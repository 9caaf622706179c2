package org.mingyuan.platform.policy.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.ClauseError;
import org.mingyuan.rules.clause.ClauseRejectedException;
import org.mingyuan.rules.clause.CompiledClause;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.stereotype.Service;

/**
 * Checks, explains and matches an eligibility condition that belongs to no clause, such as an application scenario's
 * (场景开放), with the same compiler, matcher and explainer as clauses: compiled against the live copy's fact schema,
 * explained for one enterprise from its facts in the registry today by the {@link Calculator}, matched over every
 * enterprise the copy holds.
 */
@Service
public class StandaloneConditions {

    private final LiveMatcher live;
    private final RegistryFacts registry;
    private final Calculator calculator;

    StandaloneConditions(LiveMatcher live, RegistryFacts registry, Calculator calculator) {
        this.live = live;
        this.registry = registry;
        this.calculator = calculator;
    }

    /** An enterprise that meets a condition: its id and credit code. */
    public record Member(EnterpriseId id, String creditCode) {}

    /**
     * Refuses {@code condition} when it does not compile against the fact schema.
     *
     * @throws InvalidRequest naming {@code field}, with code {@code policy.compile} and the line, column and compiler
     *     message of each error
     */
    public void check(String field, String condition) {
        compile(live.current(), field, "~check~" + UUID.randomUUID(), condition);
    }

    /**
     * Why the enterprise meets or misses {@code condition} on its facts in the registry today, condition by condition,
     * as the {@link Calculator} explains it; empty when the registry has no such enterprise.
     *
     * @throws InvalidRequest naming {@code eligibility} when the condition does not compile
     */
    public Optional<Explained> explain(EnterpriseId enterprise, String condition) {
        Optional<EnterpriseFacts> facts = registry.of(enterprise, live.current().day);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(calculator.check("~standalone~" + UUID.randomUUID(), condition, facts.get()));
        } catch (ClauseRejectedException rejected) {
            throw refused("eligibility", rejected);
        }
    }

    /** Every enterprise the live copy holds that meets {@code condition} today, in the copy's row order. */
    public List<Member> members(String condition) {
        RegistryCopy copy = live.current();
        String id = "~standalone~" + UUID.randomUUID();
        CompiledClause compiled = compile(copy, "eligibility", id, condition);
        return copy.underWriteLock(() -> {
            copy.matcher.register(compiled);
            try {
                RoaringBitmap rows = copy.matcher.eligibleRows(id);
                List<Member> members = new ArrayList<>(rows.getCardinality());
                var iterator = rows.getIntIterator();
                while (iterator.hasNext()) {
                    copy.member(copy.table.keyOf(iterator.next()))
                            .ifPresent(member -> members.add(new Member(member.id(), member.creditCode())));
                }
                return members;
            } finally {
                copy.matcher.withdraw(id);
            }
        });
    }

    private static CompiledClause compile(RegistryCopy copy, String field, String id, String condition) {
        try {
            return copy.compiler.compile(new ClauseDraft(id, condition, "0.0", null, null, null));
        } catch (ClauseRejectedException rejected) {
            throw refused(field, rejected);
        }
    }

    private static InvalidRequest refused(String field, ClauseRejectedException rejected) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ClauseError error : rejected.errors()) {
            problems.add(
                    new FieldProblem(field, "policy.compile", List.of(error.line(), error.column(), error.message())));
        }
        return new InvalidRequest(problems);
    }
}
