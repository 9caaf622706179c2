package org.mingyuan.platform.fulfillment.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.CalendarEvents.CalendarDayCleared;
import org.mingyuan.platform.fulfillment.CalendarEvents.CalendarDaySet;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar review deadlines are counted on (工作日): Monday to Friday are working days, weekends are
 * not, except the days an administrator lists — public holidays on weekdays and weekend days worked to make up for
 * them (调休). 2026 ships as announced. Every answer reads the database, so every instance counts alike.
 */
@Service
public class WorkingCalendar {

    /** The first and last years the calendar answers for. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    /** The most working days a deadline may lie ahead: about fourteen years. */
    public static final int MOST_WORKING_DAYS = 3650;

    private static final int NOTE_LENGTH = 60;
    private static final int WINDOW_DAYS = 400;

    private final CalendarStore store;
    private final ApplicationEventPublisher events;

    WorkingCalendar(CalendarStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Whether {@code day} is a working day. */
    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        inRange("day", day);
        return working(day, store.between(day, day));
    }

    /**
     * The day {@code days} working days after {@code from}: {@code from} itself for 0, the next working day for 1.
     *
     * @throws IllegalArgumentException for a negative count, more than {@value #MOST_WORKING_DAYS}, or an answer
     *     beyond {@value #LAST_YEAR}
     */
    @Transactional(readOnly = true)
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MOST_WORKING_DAYS) {
            throw new IllegalArgumentException(
                    "working days must lie between 0 and " + MOST_WORKING_DAYS + ", got " + days);
        }
        inRange("from", from);
        LocalDate day = from;
        LocalDate loadedTo = from;
        Map<LocalDate, Boolean> listed = Map.of();
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (day.getYear() > LAST_YEAR) {
                throw new IllegalArgumentException(days + " working days after " + from + " lie beyond " + LAST_YEAR);
            }
            if (day.isAfter(loadedTo)) {
                loadedTo = day.plusDays(WINDOW_DAYS);
                listed = store.between(day, loadedTo);
            }
            if (working(day, listed)) {
                left--;
            }
        }
        return day;
    }

    /** The working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 when none. */
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        inRange("from", fromExclusive);
        inRange("to", toInclusive);
        Map<LocalDate, Boolean> listed = store.between(fromExclusive.plusDays(1), toInclusive);
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (working(day, listed)) {
                count++;
            }
        }
        return count;
    }

    /** A year: its listed days, and its working days month by month. */
    public record Year(int year, List<CalendarDay> listed, List<Integer> workingDaysByMonth) {

        public int workingDays() {
            return workingDaysByMonth.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The listed days of {@code year} and its working days per month. */
    @Transactional(readOnly = true)
    public Year year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequest("year", "calendar.year.range", year, FIRST_YEAR, LAST_YEAR);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<CalendarDay> listed = store.listed(first, last);
        Map<LocalDate, Boolean> working = store.between(first, last);
        List<Integer> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(year, month, 1);
            months.add(workingIn(start, start.plusMonths(1), working));
        }
        return new Year(year, listed, months);
    }

    /**
     * Lists {@code day} (administrators): worked or not, and why. Refused whole, naming each bad field, when the day
     * is not a date from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, the choice is missing, a note is empty, longer
     * than 60 characters or holds invisible characters, or the day would merely repeat its weekday.
     */
    @Transactional
    public CalendarDay set(Caller caller, @Nullable String day, CalendarDayDraft draft) {
        requireAdministrator(caller);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(day, problems);
        if (draft.working() == null) {
            problems.add(new FieldProblem("working", "calendar.working.required", List.of()));
        } else if (date != null && draft.working() == weekday(date)) {
            problems.add(new FieldProblem(
                    "working",
                    draft.working() ? "calendar.working.alreadyWorking" : "calendar.working.alreadyOff",
                    List.of(date.toString())));
        }
        note("noteZh", draft.noteZh(), problems);
        note("noteEn", draft.noteEn(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var listed = new CalendarDay(
                date, draft.working(), draft.noteZh().strip(), draft.noteEn().strip());
        store.put(listed, caller.username());
        events.publishEvent(new CalendarDaySet(date, listed.working(), listed.noteZh(), caller.username()));
        return listed;
    }

    /** Takes {@code day} off the list (administrators): it follows its weekday again. */
    @Transactional
    public boolean clear(Caller caller, @Nullable String day) {
        requireAdministrator(caller);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(day, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        boolean removed = store.remove(date);
        if (removed) {
            events.publishEvent(new CalendarDayCleared(date, caller.username()));
        }
        return removed;
    }

    private static boolean working(LocalDate day, Map<LocalDate, Boolean> listed) {
        Boolean listedAs = listed.get(day);
        return listedAs != null ? listedAs : weekday(day);
    }

    private static int workingIn(LocalDate first, LocalDate endExclusive, Map<LocalDate, Boolean> listed) {
        int count = 0;
        for (LocalDate day = first; day.isBefore(endExclusive); day = day.plusDays(1)) {
            if (working(day, listed)) {
                count++;
            }
        }
        return count;
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static void inRange(String name, LocalDate day) {
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(
                    name + " " + day + " lies outside the calendar's years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private static @Nullable LocalDate date(@Nullable String day, List<FieldProblem> problems) {
        String given = day == null ? "" : day.strip();
        try {
            LocalDate date = LocalDate.parse(given, DateTimeFormatter.ISO_LOCAL_DATE);
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // answered below
        }
        problems.add(
                new FieldProblem("day", "calendar.day.invalid", List.of(abbreviated(given), FIRST_YEAR, LAST_YEAR)));
        return null;
    }

    private static void note(String field, @Nullable String note, List<FieldProblem> problems) {
        if (note == null || note.isBlank() || note.strip().length() > NOTE_LENGTH) {
            problems.add(new FieldProblem(field, "calendar.note.required", List.of(NOTE_LENGTH)));
        } else {
            PlainText.problem(field, note, Lines.ONE).ifPresent(problems::add);
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators change the working-day calendar");
        }
    }
}
