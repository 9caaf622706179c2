package org.mingyuan.platform.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;

/**
 * Reads the values of the desk's forms as the browser sends them: texts with their line breaks made plain, lists one
 * item a line or separated by commas, days as {@code yyyy-MM-dd}, amounts of CNY; what cannot be read becomes a
 * problem naming its field, quoting at most the start of what was typed.
 */
final class FormValues {

    /** The longest amount read, in characters, as the API bounds a number. */
    private static final int MAX_NUMBER = 40;

    private static final Pattern COMMAS = Pattern.compile("\\s*[,，、]\\s*");

    private FormValues() {}

    /** The text with its surrounding white space removed; empty for none. */
    static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    /** The text, or null when nothing was typed. */
    static @Nullable String optional(@Nullable String value) {
        String text = text(value);
        return text.isEmpty() ? null : text;
    }

    /** The non-empty lines. */
    static List<String> lines(@Nullable String value) {
        return text(value).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The non-empty items separated by commas (, ， or 、). */
    static List<String> items(@Nullable String value) {
        return List.of(COMMAS.split(text(value))).stream()
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** What was typed, cut to 80 characters for a message. */
    static String clip(String typed) {
        return typed.length() <= 80 ? typed : typed.substring(0, 80) + "…";
    }

    /** The amount typed (thousands separators allowed), or null when none was. */
    static @Nullable BigDecimal money(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip().replace(",", "");
        try {
            if (typed.length() <= MAX_NUMBER) {
                return new BigDecimal(typed);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.add(new FieldProblem(field, "policy.money", List.of(clip(typed))));
        return null;
    }

    /** The day typed as {@code yyyy-MM-dd}, or null when none was. */
    static @Nullable LocalDate day(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() <= 20) {
                return LocalDate.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        problems.add(new FieldProblem(field, "policy.search.badDay", List.of()));
        return null;
    }

    /**
     * Adds the rules' problems ({@code more}) to those of a form that could not be read whole, so every field's problem
     * shows at once; a field that could not be read keeps only that problem.
     */
    static void addUnlessFieldNamed(List<FieldProblem> problems, List<FieldProblem> more) {
        Set<String> named = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        more.stream().filter(problem -> !named.contains(problem.field())).forEach(problems::add);
    }

    /** The day as the form shows it; empty for none. */
    static String shown(@Nullable LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
