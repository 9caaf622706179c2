package org.mingyuan.platform.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;

/** Reads typed values from what a form sent, noting a problem for the field when the text is not one. */
final class FormValues {

    private FormValues() {}

    /** The text stripped, or null when blank. */
    static @Nullable String text(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The number in {@code text}; null when blank, not a number, or longer than 40 characters or with
     * an exponent beyond 30 (then a problem is noted, quoting at most 40 characters).
     */
    static @Nullable BigDecimal number(String field, @Nullable String text, List<FieldProblem> problems) {
        String value = text(text);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(",", ""));
            if (value.length() <= 40 && Math.abs((long) number.scale()) <= 30) {
                return number;
            }
        } catch (NumberFormatException e) {
            // noted below
        }
        problems.add(new FieldProblem(
                field, "form.number", List.of(value.length() > 40 ? value.substring(0, 40) + "…" : value)));
        return null;
    }

    /** The ISO date (yyyy-MM-dd) in {@code text}; null when blank or not a date (then a problem is noted). */
    static @Nullable LocalDate date(String field, @Nullable String text, List<FieldProblem> problems) {
        String value = text(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "form.date", List.of(value)));
            return null;
        }
    }

    /** The constant of {@code type} named {@code text}; null when blank or unknown (then a problem is noted). */
    static <E extends Enum<E>> @Nullable E choice(
            String field, @Nullable String text, Class<E> type, List<FieldProblem> problems) {
        String value = text(text);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "form.choice", List.of(value)));
            return null;
        }
    }
}
