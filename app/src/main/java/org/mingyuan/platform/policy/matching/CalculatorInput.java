package org.mingyuan.platform.policy.matching;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.MatchingFact;

/**
 * Checks facts entered in the calculator against the schema and turns them into the values the rules table takes:
 * every fact known, of its type, in range, every code one of its list. Derived facts left out (age, city, province,
 * R&amp;D intensity, blockchain revenue share) are derived from those entered, as the registry derives them. Every
 * problem names its field ({@code facts.revenue}); nothing is kept.
 */
final class CalculatorInput {

    /** The largest number a fact may hold: more than any real enterprise's figure in 万元 or persons. */
    static final BigDecimal LIMIT = new BigDecimal("1e12");

    static final int MAX_TEXT = 200;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CalculatorInput() {}

    /** The checked values by fact key; throws {@link InvalidRequest} naming every field that is wrong. */
    static Map<String, Object> check(JsonNode facts, Map<String, MatchingFact> schema, LocalDate day) {
        if (facts == null || facts.isNull() || facts.isMissingNode()) {
            return Map.of();
        }
        if (!facts.isObject()) {
            throw new InvalidRequest("facts", "matching.calculator.notObject");
        }
        if (facts.size() > schema.size()) {
            throw new InvalidRequest("facts", "matching.calculator.tooMany", facts.size(), schema.size());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = facts.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = "facts." + field.getKey();
            MatchingFact fact = schema.get(field.getKey());
            if (fact == null) {
                problems.add(new FieldProblem(
                        name.length() > 80 ? name.substring(0, 80) + "…" : name,
                        "matching.calculator.unknownFact",
                        List.of(String.join(", ", schema.keySet()))));
                continue;
            }
            JsonNode value = field.getValue();
            if (value == null || value.isNull()) {
                continue;
            }
            try {
                values.put(fact.key(), value(fact, value));
            } catch (Refused refused) {
                problems.add(new FieldProblem(name, refused.code, List.of(refused.args)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        derive(values, schema, day);
        return values;
    }

    private static Object value(MatchingFact fact, JsonNode value) {
        return switch (fact.type()) {
            case DECIMAL -> number(value, false).doubleValue();
            case INTEGER -> number(value, true).longValueExact();
            case YES_NO -> {
                if (!value.isBoolean()) {
                    throw new Refused("matching.calculator.wrongType", shown(value), "true / false");
                }
                yield value.booleanValue();
            }
            case DATE -> date(value);
            case TEXT -> text(value);
            case CODE -> code(fact, value);
            case CODE_SET -> {
                if (!value.isArray()) {
                    throw new Refused("matching.calculator.wrongType", shown(value), "[" + codes(fact) + "]");
                }
                if (value.size() > fact.values().size()) {
                    throw new Refused(
                            "matching.calculator.tooManyCodes",
                            value.size(),
                            fact.values().size());
                }
                Set<String> codes = new LinkedHashSet<>();
                for (JsonNode element : value) {
                    codes.add(code(fact, element));
                }
                yield codes;
            }
        };
    }

    private static BigDecimal number(JsonNode value, boolean whole) {
        if (!value.isNumber()) {
            throw new Refused("matching.calculator.wrongType", shown(value), whole ? "a whole number" : "a number");
        }
        BigDecimal number = value.decimalValue();
        if (number.abs().compareTo(LIMIT) > 0) {
            throw new Refused(
                    "matching.calculator.outOfRange", shown(value), "-" + LIMIT.toPlainString(), LIMIT.toPlainString());
        }
        if (whole && number.stripTrailingZeros().scale() > 0) {
            throw new Refused("matching.calculator.wrongType", shown(value), "a whole number");
        }
        return number;
    }

    private static LocalDate date(JsonNode value) {
        if (!value.isTextual()) {
            throw new Refused("matching.calculator.wrongType", shown(value), "yyyy-MM-dd");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.textValue());
        } catch (DateTimeParseException malformed) {
            throw new Refused("matching.calculator.wrongType", shown(value), "yyyy-MM-dd");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new Refused("matching.calculator.outOfRange", shown(value), EARLIEST, LATEST);
        }
        return day;
    }

    private static String text(JsonNode value) {
        if (!value.isTextual()) {
            throw new Refused("matching.calculator.wrongType", shown(value), "text");
        }
        if (value.textValue().length() > MAX_TEXT) {
            throw new Refused("matching.calculator.tooLong", value.textValue().length(), MAX_TEXT);
        }
        return value.textValue();
    }

    private static String code(MatchingFact fact, JsonNode value) {
        String code = text(value);
        if (!fact.values().isEmpty()
                && fact.values().stream().noneMatch(known -> known.code().equals(code))) {
            throw new Refused("matching.calculator.unknownCode", shown(value), codes(fact));
        }
        return code;
    }

    private static String codes(MatchingFact fact) {
        List<MatchingFact.CodeLabel> values = fact.values();
        String listed =
                values.stream().limit(20).map(MatchingFact.CodeLabel::code).collect(Collectors.joining(", "));
        return values.size() > 20 ? listed + ", … (" + values.size() + ")" : listed;
    }

    /** A value as the caller sent it, cut short. */
    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Adds the derived facts the entered ones determine, unless entered themselves. */
    private static void derive(Map<String, Object> values, Map<String, MatchingFact> schema, LocalDate day) {
        if (values.get("foundedOn") instanceof LocalDate founded) {
            putDerived(
                    values,
                    schema,
                    "ageYears",
                    founded.isAfter(day)
                            ? 0L
                            : (long) Period.between(founded, day).getYears());
        }
        if (values.get("division") instanceof String division && division.length() >= 4) {
            putDerived(values, schema, "city", division.substring(0, 4));
            putDerived(values, schema, "province", division.substring(0, 2));
        }
        if (values.get("revenue") instanceof Double revenue && revenue != 0) {
            if (values.get("rdSpend") instanceof Double rd) {
                putDerived(values, schema, "rdIntensity", percent(rd, revenue));
            }
            if (values.get("blockchainRevenue") instanceof Double blockchain) {
                putDerived(values, schema, "blockchainRevenueShare", percent(blockchain, revenue));
            }
        }
    }

    private static void putDerived(
            Map<String, Object> values, Map<String, MatchingFact> schema, String key, Object value) {
        MatchingFact fact = schema.get(key);
        if (fact != null && !values.containsKey(key)) {
            boolean known = fact.values().isEmpty()
                    || fact.values().stream().anyMatch(v -> v.code().equals(value));
            if (known) {
                values.put(key, value);
            }
        }
    }

    private static double percent(double part, double whole) {
        return BigDecimal.valueOf(part)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** One field refused: the message code and its arguments. */
    private static final class Refused extends RuntimeException {
        final String code;
        final Object[] args;

        Refused(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }
}
