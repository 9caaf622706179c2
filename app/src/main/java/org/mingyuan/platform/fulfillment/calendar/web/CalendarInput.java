package org.mingyuan.platform.fulfillment.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;

/** Reads a year and a deadline question as typed in an address, naming the field of each wrong value. */
final class CalendarInput {

    private CalendarInput() {}

    /** A date and a number of working days after it. */
    record Deadline(LocalDate from, int workingDays) {}

    static int year(@Nullable String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.strip());
            if (value >= WorkingCalendar.FIRST_YEAR && value <= WorkingCalendar.LAST_YEAR) {
                return value;
            }
        } catch (NumberFormatException notAYear) {
            // answered below
        }
        throw new InvalidRequest(
                "year", "calendar.year.range", shown(year), WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR);
    }

    static Deadline deadline(@Nullable String from, @Nullable String workingDays) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = null;
        try {
            day = LocalDate.parse(from == null ? "" : from.strip());
            if (day.getYear() < WorkingCalendar.FIRST_YEAR || day.getYear() > WorkingCalendar.LAST_YEAR) {
                day = null;
            }
        } catch (DateTimeParseException notADate) {
            // answered below
        }
        if (day == null) {
            problems.add(new FieldProblem(
                    "from",
                    "calendar.day.invalid",
                    List.of(shown(from), WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR)));
        }
        int count = -1;
        try {
            count = Integer.parseInt(workingDays == null ? "" : workingDays.strip());
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        if (count < 0 || count > WorkingCalendar.MOST_WORKING_DAYS) {
            problems.add(new FieldProblem(
                    "workingDays",
                    "calendar.workingDays.invalid",
                    List.of(shown(workingDays), WorkingCalendar.MOST_WORKING_DAYS)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new Deadline(day, count);
    }

    private static String shown(@Nullable String value) {
        String given = value == null ? "" : value;
        return given.length() <= 40 ? given : given.substring(0, 40) + "…";
    }
}
