package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;

/** The limits of what a scenario, proposal, score or report may say; each broken one is named with its field. */
public final class ScenarioRules {

    /** The largest budget, CNY: ten billion. */
    public static final BigDecimal MAX_BUDGET = new BigDecimal("10000000000");

    /** The furthest deadline, in days from today: two years. */
    public static final int MAX_DAYS_AHEAD = 730;

    /** Most criteria, panelists, exemptions, risk indicators and materials. */
    public static final int MAX_CRITERIA = 10, MAX_PANEL = 15, MAX_EXEMPTIONS = 20, MAX_RISKS = 10, MAX_MATERIALS = 20;

    /** The largest absolute threshold or reported value. */
    public static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The problems found so far. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Adds a problem. */
    public void add(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, List.of(args)));
    }

    /** Throws the problems found, if any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    /** Checks required text of at most {@code max} characters; returns it stripped, or "" when missing. */
    public String text(String field, @Nullable String value, int max, Lines lines) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            add(field, "scenario.required");
        } else if (text.length() > max) {
            add(field, "scenario.tooLong", max, text.length());
        } else {
            PlainText.problem(field, text, lines).ifPresent(problems::add);
        }
        return text;
    }

    /** Checks optional text; returns it stripped, or "" when missing. */
    public String optionalText(String field, @Nullable String value, int max, Lines lines) {
        return value == null || value.isBlank() ? "" : text(field, value, max, lines);
    }

    /** Checks an amount in CNY: present, more than 0, at most {@code max}, at most two decimals. */
    public void amount(String field, @Nullable BigDecimal value, BigDecimal max) {
        if (value == null) {
            add(field, "scenario.required");
        } else if (value.signum() <= 0 || value.compareTo(max) > 0) {
            add(field, "scenario.amountRange", max.toPlainString(), value.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            add(field, "scenario.fen", value.toPlainString());
        }
    }

    /** Checks a day from {@code earliest} to {@code latest}, both inclusive. */
    public void day(String field, @Nullable LocalDate value, LocalDate earliest, LocalDate latest) {
        if (value == null) {
            add(field, "scenario.required");
        } else if (value.isBefore(earliest) || value.isAfter(latest)) {
            add(field, "scenario.dayRange", earliest, latest, value);
        }
    }

    /** Checks a signed value within ±{@link #MAX_VALUE} with at most four decimals. */
    public void value(String field, @Nullable BigDecimal value) {
        if (value == null) {
            add(field, "scenario.required");
        } else if (value.abs().compareTo(MAX_VALUE) > 0
                || value.stripTrailingZeros().scale() > 4) {
            add(field, "scenario.valueRange", MAX_VALUE.toPlainString(), value.toPlainString());
        }
    }

    /** Checks a list's size from {@code min} to {@code max}. */
    public void count(String field, int size, int min, int max) {
        if (size < min || size > max) {
            add(field, "scenario.count", min, max, size);
        }
    }

    /** Checks the criteria: names, weights in (0, 100] with two decimals, maximum scores 1..100. */
    public void criteria(List<Criterion> criteria) {
        count("criteria", criteria.size(), 1, MAX_CRITERIA);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (c == null) {
                add(field, "scenario.required");
                continue;
            }
            String name = text(field + ".name", c.name(), 200, Lines.ONE);
            if (!name.isEmpty() && !names.add(name)) {
                add(field + ".name", "scenario.duplicate", name);
            }
            amount(field + ".weight", c.weight(), new BigDecimal("100"));
            if (c.maxScore() < 1 || c.maxScore() > 100) {
                add(field + ".maxScore", "scenario.maxScoreRange", 1, 100, c.maxScore());
            }
        }
    }

    /** Checks risk indicators: names, units, thresholds, directions. */
    public void risks(List<RiskIndicator> risks) {
        for (int i = 0; i < risks.size(); i++) {
            RiskIndicator r = risks.get(i);
            String field = "risks[" + i + "]";
            if (r == null) {
                add(field, "scenario.required");
                continue;
            }
            text(field + ".name", r.name(), 200, Lines.ONE);
            text(field + ".unit", r.unit(), 40, Lines.ONE);
            value(field + ".threshold", r.threshold());
            if (r.direction() == null) {
                add(field + ".direction", "scenario.required");
            }
        }
    }
}
