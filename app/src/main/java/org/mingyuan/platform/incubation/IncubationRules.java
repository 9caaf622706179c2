package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;

/** The checks on what callers send, each adding a problem that names its field and what was expected. */
final class IncubationRules {

    /** The largest incubator floor area taken as real, m². */
    static final BigDecimal MAX_AREA_M2 = new BigDecimal("1000000");
    /** The largest amount of money taken as real, 万元 (¥100 billion). */
    static final BigDecimal MAX_MONEY = new BigDecimal("10000000");
    /** Longest name or investor. */
    static final int MAX_NAME = 200;

    private IncubationRules() {}

    /** The stripped name, adding a problem when it is missing, too long or holds invisible characters. */
    static @Nullable String name(String field, @Nullable String value, List<FieldProblem> problems) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem(field, "incubation.required", List.of()));
            return null;
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.add(new FieldProblem(field, "incubation.tooLong", List.of(MAX_NAME)));
            return null;
        }
        var invisible = PlainText.problem(field, name, PlainText.Lines.ONE);
        invisible.ifPresent(problems::add);
        return invisible.isPresent() ? null : name;
    }

    /** The value when present, above zero (or at least zero) and at most {@code max}, with at most two decimals. */
    static @Nullable BigDecimal amount(
            String field,
            @Nullable BigDecimal value,
            boolean required,
            boolean zeroAllowed,
            BigDecimal max,
            String rangeCode,
            List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "incubation.required", List.of()));
            }
            return null;
        }
        boolean low = zeroAllowed ? value.signum() < 0 : value.signum() <= 0;
        if (low || value.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, rangeCode, List.of(max.toPlainString(), value.toPlainString())));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "incubation.scale", List.of(value.toPlainString())));
            return null;
        }
        return value;
    }

    /** The day when present, not after {@code today} and not before {@code earliest} (the enterprise's founding). */
    static @Nullable LocalDate day(
            String field, @Nullable LocalDate value, LocalDate earliest, LocalDate today, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "incubation.required", List.of()));
            return null;
        }
        if (value.isAfter(today)) {
            problems.add(new FieldProblem(field, "incubation.date.future", List.of(value, today)));
            return null;
        }
        if (value.isBefore(earliest)) {
            problems.add(new FieldProblem(field, "incubation.date.beforeFounding", List.of(value, earliest)));
            return null;
        }
        return value;
    }
}
