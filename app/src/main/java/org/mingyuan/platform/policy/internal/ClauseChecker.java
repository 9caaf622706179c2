package org.mingyuan.platform.policy.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ClauseCheck;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.ClauseError;
import org.mingyuan.rules.clause.ClauseRejectedException;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.Check;
import org.mingyuan.rules.match.Entitlement;
import org.mingyuan.rules.match.Explainer;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.match.NearMiss;
import org.mingyuan.rules.match.NearMisses;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.table.FactTable;

/**
 * Checks a clause text with the rules library itself: compiles both expressions against the fact schema, reads the
 * conditions back through the library's wording, and runs every example case through a one-enterprise
 * {@link FactTable} and a real {@link Matcher}, so an example passes exactly when the live matcher would agree.
 */
public final class ClauseChecker {

    /** The key of the one enterprise an example puts in its table. */
    private static final String EXAMPLE = "example";

    /** Amounts agree when they differ by less than half a fen. */
    private static final double AMOUNT_TOLERANCE = 0.005;

    private final FactSchema schema;
    private final ClauseCompiler compiler;

    public ClauseChecker(FactSchema schema) {
        this.schema = schema;
        this.compiler = new ClauseCompiler(schema);
    }

    /** The draft the rules library compiles for {@code content}. */
    public static ClauseDraft draft(String clauseId, ClauseContent content) {
        return new ClauseDraft(
                clauseId,
                content.eligibility(),
                content.amount(),
                content.cap() == null ? null : content.cap().doubleValue(),
                content.validFrom(),
                content.validUntil());
    }

    /**
     * Checks {@code content}; examples without a day of their own are evaluated on {@code defaultDay}.
     */
    public ClauseCheck check(String clauseId, ClauseContent content, LocalDate defaultDay) {
        CompiledClause compiled;
        try {
            compiled = compiler.compile(draft(clauseId, content));
        } catch (ClauseRejectedException rejected) {
            return new ClauseCheck(
                    rejected.errors().stream().map(ClauseChecker::problem).toList(), List.of(), List.of());
        }
        List<ClauseCheck.Condition> conditions = readBack(clauseId, content);
        List<ClauseCheck.ExampleOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < content.examples().size(); i++) {
            ExampleCase example = content.examples().get(i);
            LocalDate day = example.on() != null ? example.on() : defaultDay;
            outcomes.add(run(i, example, compiled, day));
        }
        return new ClauseCheck(List.of(), conditions, outcomes);
    }

    private static ClauseCheck.Problem problem(ClauseError error) {
        return new ClauseCheck.Problem(
                error.part().name().toLowerCase(Locale.ROOT), error.line(), error.column(), error.message());
    }

    /** The top-level conditions in the library's words, from a matcher with no enterprise in it. */
    private List<ClauseCheck.Condition> readBack(String clauseId, ClauseContent content) {
        CompiledClause timeless = compiler.compile(ClauseDraft.of(clauseId, content.eligibility(), content.amount()));
        try (Matcher matcher = new Matcher(new FactTable(schema), LocalDate.now())) {
            matcher.register(timeless);
            List<ClauseCheck.Condition> lines = new ArrayList<>();
            for (NearMiss part : new NearMisses(matcher).of(clauseId)) {
                lines.add(new ClauseCheck.Condition(part.conditionZh(), part.conditionEn()));
            }
            return lines;
        }
    }

    private ClauseCheck.ExampleOutcome run(int index, ExampleCase example, CompiledClause clause, LocalDate day) {
        Map<String, Object> facts;
        try {
            facts = tableValues(example.facts());
        } catch (IllegalArgumentException wrong) {
            return new ClauseCheck.ExampleOutcome(
                    index, example.name(), false, false, null, List.of(), wrong.getMessage());
        }
        FactTable table = new FactTable(schema);
        try {
            table.upsert(EXAMPLE, facts);
        } catch (IllegalArgumentException wrong) {
            return new ClauseCheck.ExampleOutcome(
                    index, example.name(), false, false, null, List.of(), wrong.getMessage());
        }
        try (Matcher matcher = new Matcher(table, day)) {
            matcher.register(clause);
            Optional<Entitlement> entitled = matcher.eligibleClauses(EXAMPLE).stream()
                    .filter(e -> e.clauseId().equals(clause.id()))
                    .findFirst();
            boolean eligible = entitled.isPresent();
            OptionalDouble amount = entitled.map(Entitlement::amount).orElse(OptionalDouble.empty());
            boolean passed = eligible == example.eligible() && (!eligible || amountAgrees(example.amount(), amount));
            List<String> why = passed
                    ? List.of()
                    : new Explainer(matcher)
                            .explain(EXAMPLE, clause.id()).checks().stream()
                                    .map(ClauseChecker::line)
                                    .toList();
            return new ClauseCheck.ExampleOutcome(
                    index,
                    example.name(),
                    passed,
                    eligible,
                    amount.isPresent() ? BigDecimal.valueOf(amount.getAsDouble()) : null,
                    why,
                    null);
        }
    }

    private static String line(Check check) {
        String mark = switch (check.outcome()) {
            case PASS -> "✓ ";
            case FAIL -> "✗ ";
            case MISSING -> "? ";
        };
        return "  ".repeat(check.depth()) + mark + check.zh();
    }

    private static boolean amountAgrees(@Nullable BigDecimal expected, OptionalDouble actual) {
        if (expected == null) {
            return actual.isEmpty();
        }
        return actual.isPresent() && Math.abs(expected.doubleValue() - actual.getAsDouble()) < AMOUNT_TOLERANCE;
    }

    /**
     * Brings an example's facts, as JSON or YAML give them, into the values the fact table takes.
     *
     * @throws IllegalArgumentException naming the fact that is unknown or of the wrong type
     */
    public Map<String, Object> tableValues(Map<String, Object> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            Fact fact = schema.find(entry.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("no fact named '" + entry.getKey() + "'"));
            Object value = entry.getValue();
            if (value != null) {
                values.put(fact.name(), convert(fact, value));
            }
        }
        return values;
    }

    private static Object convert(Fact fact, Object value) {
        return switch (fact.type()) {
            case INTEGER -> {
                if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                    yield ((Number) value).longValue();
                }
                if (value instanceof BigInteger big && big.bitLength() < 64) {
                    yield big.longValue();
                }
                throw wrong(fact, "a whole number", value);
            }
            case DECIMAL -> {
                if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                    yield number.doubleValue();
                }
                throw wrong(fact, "a number", value);
            }
            case DATE -> {
                if (value instanceof LocalDate day) {
                    yield day;
                }
                try {
                    yield LocalDate.parse(String.valueOf(value));
                } catch (DateTimeParseException e) {
                    throw wrong(fact, "a day as yyyy-MM-dd", value);
                }
            }
            case BOOLEAN -> {
                if (value instanceof Boolean flag) {
                    yield flag;
                }
                throw wrong(fact, "true or false", value);
            }
            case TEXT, ENUMERATION -> {
                if (value instanceof String text) {
                    yield text;
                }
                throw wrong(fact, "text", value);
            }
            case TEXT_SET -> {
                if (value instanceof Collection<?> list && list.stream().allMatch(String.class::isInstance)) {
                    yield List.copyOf(list);
                }
                throw wrong(fact, "a list of codes", value);
            }
        };
    }

    private static IllegalArgumentException wrong(Fact fact, String wanted, Object got) {
        return new IllegalArgumentException(
                "fact " + fact.name() + " (" + fact.labelZh() + ") wants " + wanted + ", got " + got);
    }
}
