package org.mingyuan.platform.fulfillment.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.calendar.CalendarDay;
import org.mingyuan.platform.fulfillment.calendar.CalendarDayDraft;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar as JSON: anyone may read it and count deadlines on it; administrators change it. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "工作日历 The working-day calendar review deadlines are counted on")
class CalendarApi {

    private final WorkingCalendar calendar;
    private final Callers callers;

    CalendarApi(WorkingCalendar calendar, Callers callers) {
        this.calendar = calendar;
        this.callers = callers;
    }

    /** A deadline: the day {@code workingDays} working days after {@code from}. */
    record Due(LocalDate from, int workingDays, LocalDate due) {}

    @GetMapping("/{year}")
    @Operation(
            summary = "A year's listed days (holidays on weekdays, weekend days worked) and its working days per month;"
                    + " open to anyone")
    WorkingCalendar.Year year(@PathVariable String year) {
        return calendar.year(CalendarInput.year(year));
    }

    @GetMapping("/due")
    @Operation(summary = "The day a number of working days after a date (0 to 3650); open to anyone")
    Due due(@RequestParam(required = false) String from, @RequestParam(required = false) String workingDays) {
        CalendarInput.Deadline deadline = CalendarInput.deadline(from, workingDays);
        try {
            return new Due(
                    deadline.from(),
                    deadline.workingDays(),
                    calendar.addWorkingDays(deadline.from(), deadline.workingDays()));
        } catch (IllegalArgumentException beyond) {
            throw new InvalidRequest("workingDays", "calendar.workingDays.beyond", WorkingCalendar.LAST_YEAR);
        }
    }

    @PutMapping("/days/{day}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "List a day as a day off or a working day against its weekday, with a note (administrators)",
            description = "The body is {\"working\": true|false, \"noteZh\": \"…\", \"noteEn\": \"…\"}; notes are"
                    + " required, at most 60 characters, without control or invisible characters. A day that would only"
                    + " repeat its weekday is refused. A refusal is a problem+json naming each bad field.")
    CalendarDay set(Principal principal, @PathVariable String day, @RequestBody CalendarDayDraft draft) {
        return calendar.set(callers.of(principal), day, draft);
    }

    @DeleteMapping("/days/{day}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Take a day off the list: it follows its weekday again (administrators)")
    ResponseEntity<Void> clear(Principal principal, @PathVariable String day) {
        if (!calendar.clear(callers.of(principal), day)) {
            throw new NotFound("calendarDay", day);
        }
        return ResponseEntity.noContent().build();
    }
}
