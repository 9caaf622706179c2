package org.mingyuan.platform.fulfillment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;

/**
 * What a supervisor narrows the dashboard to; every part may be left out.
 *
 * @param from the first application day (China Standard Time) counted, inclusive
 * @param until the last application day counted, inclusive
 * @param department the issuing department of the cases' policies, as policies name it
 * @param park the park the enterprise was in when it applied
 * @param policy the policy of the cases' clauses
 */
public record SupervisionFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate until,
        @Nullable String department,
        @Nullable Long park,
        @Nullable Long policy) {

    /** No narrowing: everything. */
    public static final SupervisionFilter NONE = new SupervisionFilter(null, null, null, null, null);

    private static final int DEPARTMENT_LENGTH = 200;

    /**
     * The filter the text of a request's parameters states; a blank parameter leaves its part out.
     *
     * @throws InvalidRequest naming every parameter that is not a day (yyyy-mm-dd, years {@value
     *     WorkingCalendar#FIRST_YEAR}–{@value WorkingCalendar#LAST_YEAR}), a range that ends before it begins, a
     *     department name too long or holding invisible characters, an id that is not a positive whole number
     */
    public static SupervisionFilter parse(
            @Nullable String from,
            @Nullable String until,
            @Nullable String department,
            @Nullable String park,
            @Nullable String policy) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = day("from", from, problems);
        LocalDate last = day("until", until, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new FieldProblem("until", "supervision.range", List.of(first)));
        }
        String name = blank(department) ? null : department.strip();
        if (name != null && name.length() > DEPARTMENT_LENGTH) {
            problems.add(new FieldProblem("department", "supervision.departmentLength", List.of(DEPARTMENT_LENGTH)));
        }
        PlainText.problem("department", name, Lines.ONE).ifPresent(problems::add);
        Long parkId = id("park", park, problems);
        Long policyId = id("policy", policy, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new SupervisionFilter(first, last, name, parkId, policyId);
    }

    private static @Nullable LocalDate day(String field, @Nullable String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.getYear() >= WorkingCalendar.FIRST_YEAR && day.getYear() <= WorkingCalendar.LAST_YEAR) {
                return day;
            }
        } catch (DateTimeParseException notADay) {
            // named below
        }
        problems.add(new FieldProblem(
                field, "supervision.day", List.of(WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR)));
        return null;
    }

    private static @Nullable Long id(String field, @Nullable String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip();
        if (digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        }
        problems.add(new FieldProblem(field, "supervision.id", List.of()));
        return null;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
