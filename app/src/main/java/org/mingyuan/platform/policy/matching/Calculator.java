package org.mingyuan.platform.policy.matching;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.ClauseRejectedException;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.Explainer;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.table.FactTable;
import org.springframework.stereotype.Service;

/**
 * The policy calculator (政策计算器): the clauses a set of facts qualifies for, the amounts and their total, and the
 * nearest clauses missed with what is lacking. Evaluated on a one-row rules table with the clause versions the live
 * matcher has compiled (never compiled again per question); the row is cleared when the answer is read, and nothing
 * entered is written anywhere or logged.
 */
@Service
public class Calculator {

    private static final String ROW = "calculator";

    private final LiveMatcher live;
    private final MatchingProperties properties;
    private final ConcurrentLinkedQueue<Evaluator> pool = new ConcurrentLinkedQueue<>();

    Calculator(LiveMatcher live, MatchingProperties properties) {
        this.live = live;
        this.properties = properties;
    }

    /** A one-row table with every clause of one copy's generation registered, reused by one question at a time. */
    private record Evaluator(
            RegistryCopy copy,
            long generation,
            Map<String, RegistryCopy.Registered> clauses,
            FactTable table,
            Matcher matcher) {

        static Evaluator of(RegistryCopy copy) {
            long generation = copy.generation();
            Map<String, RegistryCopy.Registered> clauses = copy.clauses();
            FactTable table = new FactTable(copy.schema);
            Matcher matcher = new Matcher(table, copy.day);
            matcher.registerAll(clauses.values().stream()
                    .map(RegistryCopy.Registered::compiled)
                    .toList());
            return new Evaluator(copy, generation, clauses, table, matcher);
        }

        boolean current(RegistryCopy now) {
            return copy == now && generation == now.generation();
        }
    }

    /** The facts the calculator's form asks for, with labels, units and codes. */
    public List<MatchingFact> schema() {
        return live.current().facts;
    }

    /**
     * Evaluates facts entered by anyone.
     *
     * @param facts fact key to value as JSON gives it (numbers, true/false, yyyy-MM-dd, codes, lists of codes)
     * @throws org.mingyuan.platform.InvalidRequest naming the first field of each wrong value
     */
    public Matches evaluate(JsonNode facts) {
        RegistryCopy copy = live.current();
        return evaluate(copy, CalculatorInput.check(facts, copy.factsByKey, copy.day));
    }

    /** Evaluates an enterprise's own facts as the registry holds them. */
    public Matches evaluate(EnterpriseFacts enterprise) {
        RegistryCopy copy = live.current();
        return evaluate(copy, copy.columns(enterprise));
    }

    /**
     * Whether an enterprise's facts meet one condition written in the clause language (a criterion of a scheme that is
     * not a published clause), explained condition by condition with the enterprise's figures; compiled against the
     * live schema on every call and evaluated on a one-row table of its own, nothing stored.
     *
     * @param id a name for the condition, reported back as the explanation's clause id
     * @throws ClauseRejectedException when the condition does not compile against the schema
     */
    public Explained check(String id, String condition, EnterpriseFacts enterprise) {
        RegistryCopy copy = live.current();
        CompiledClause compiled = copy.compiler.compile(ClauseDraft.of(id, condition, "0.0"));
        FactTable table = new FactTable(copy.schema);
        table.upsert(ROW, copy.columns(enterprise));
        try (Matcher matcher = new Matcher(table, copy.day)) {
            matcher.register(compiled);
            return Explained.of(id, 0, new Explainer(matcher, copy.labels).explain(ROW, id));
        }
    }

    private Matches evaluate(RegistryCopy copy, Map<String, Object> values) {
        Evaluator evaluator = borrow(copy);
        try {
            evaluator.table().upsert(ROW, values);
            return Entitlements.of(evaluator.matcher(), copy.labels, evaluator.clauses(), ROW, properties.nearMisses());
        } finally {
            evaluator.table().remove(ROW);
            pool.offer(evaluator);
        }
    }

    private Evaluator borrow(RegistryCopy copy) {
        Evaluator pooled;
        while ((pooled = pool.poll()) != null) {
            if (pooled.current(copy)) {
                return pooled;
            }
            pooled.matcher().close();
        }
        return Evaluator.of(copy);
    }
}
