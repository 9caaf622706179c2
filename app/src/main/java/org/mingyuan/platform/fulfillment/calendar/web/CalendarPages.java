package org.mingyuan.platform.fulfillment.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.FieldErrors;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.fulfillment.calendar.CalendarDayDraft;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar page: a year's working days per month and its listed days, open to anyone; administrators
 * list a day (holiday or make-up working day) and take one off the list.
 */
@Controller
class CalendarPages {

    private final WorkingCalendar calendar;
    private final Callers callers;
    private final MessageSource messages;

    CalendarPages(WorkingCalendar calendar, Callers callers, MessageSource messages) {
        this.calendar = calendar;
        this.callers = callers;
        this.messages = messages;
    }

    /** The form as typed, shown again with its problems. */
    record DayForm(
            @Nullable String day,
            @Nullable String working,
            @Nullable String noteZh,
            @Nullable String noteEn) {

        static DayForm blank() {
            return new DayForm(null, "false", null, null);
        }

        CalendarDayDraft draft() {
            return new CalendarDayDraft(
                    "true".equals(working) ? Boolean.TRUE : "false".equals(working) ? Boolean.FALSE : null,
                    noteZh,
                    noteEn);
        }
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) @Nullable String year, Model model, @Nullable Principal principal) {
        int shown = year == null ? RegistryTime.today().getYear() : CalendarInput.year(year);
        return page(shown, DayForm.blank(), model, principal);
    }

    @PostMapping("/calendar/days")
    @PreAuthorize("hasRole('ADMIN')")
    String set(
            Principal principal,
            @ModelAttribute DayForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var listed = calendar.set(callers.of(principal), form.day(), form.draft());
            redirect.addFlashAttribute("saved", listed.day().toString());
            return "redirect:/calendar?year=" + listed.day().getYear() + "#listed-days";
        } catch (InvalidRequest invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FieldErrors.of(invalid.problems(), messages, locale));
            return page(yearOf(form.day()), form, model, principal);
        }
    }

    @PostMapping("/calendar/days/{day}/clear")
    @PreAuthorize("hasRole('ADMIN')")
    String clear(Principal principal, @PathVariable String day, RedirectAttributes redirect) {
        calendar.clear(callers.of(principal), day);
        redirect.addFlashAttribute("cleared", day);
        return "redirect:/calendar?year=" + yearOf(day) + "#listed-days";
    }

    private String page(int year, DayForm form, Model model, @Nullable Principal principal) {
        model.addAttribute("calendar", calendar.year(year));
        model.addAttribute("form", form);
        model.addAttribute(
                "mayChange", principal != null && callers.of(principal).has(Role.ADMIN));
        model.addAttribute("previousYear", year > WorkingCalendar.FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < WorkingCalendar.LAST_YEAR ? year + 1 : null);
        return "calendar/year";
    }

    /** The year of a typed day, or this year when it is not a day the calendar holds. */
    private static int yearOf(@Nullable String day) {
        try {
            int year = LocalDate.parse(day == null ? "" : day.strip()).getYear();
            return year >= WorkingCalendar.FIRST_YEAR && year <= WorkingCalendar.LAST_YEAR
                    ? year
                    : RegistryTime.today().getYear();
        } catch (java.time.format.DateTimeParseException notADay) {
            return RegistryTime.today().getYear();
        }
    }
}
