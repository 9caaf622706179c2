package org.mingyuan.platform.incubation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;

/**
 * Reads a page form's text fields as numbers and days, collecting a problem per field that is not one, so that a form
 * with unreadable values is refused as a whole, each value named, like a bad JSON body.
 */
final class IncubationForms {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The text as a decimal; null when blank or unreadable (then a problem is noted). */
    @Nullable
    BigDecimal decimal(String field, @Nullable String text) {
        return parse(field, text, BigDecimal::new, "incubation.form.number");
    }

    /** The text as a day {@code yyyy-mm-dd}; null when blank or unreadable (then a problem is noted). */
    @Nullable
    LocalDate day(String field, @Nullable String text) {
        return parse(field, text, LocalDate::parse, "incubation.form.day");
    }

    /** The text as a whole number; null when blank or unreadable (then a problem is noted). */
    @Nullable
    Long number(String field, @Nullable String text) {
        return parse(field, text, Long::valueOf, "incubation.form.number");
    }

    /** Refuses the form when any value was unreadable. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private <T> @Nullable T parse(String field, @Nullable String text, Function<String, T> reader, String code) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return reader.apply(text.strip());
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            problems.add(new FieldProblem(field, code, List.of(text.strip())));
            return null;
        }
    }
}
