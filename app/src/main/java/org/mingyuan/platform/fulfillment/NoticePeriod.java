package org.mingyuan.platform.fulfillment;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Component;

/**
 * The public notice (公示) of an award approved at a given time: listed from the working day after the approval for
 * {@link FulfillmentProperties#noticeWorkingDays()} working days.
 */
@Component
public class NoticePeriod {

    private final WorkingCalendar calendar;
    private final FulfillmentProperties properties;

    NoticePeriod(WorkingCalendar calendar, FulfillmentProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /**
     * The notice of an award approved at {@code approvedAt}; null bounds when notices are switched off (0 working
     * days).
     */
    public Period of(Instant approvedAt) {
        int days = properties.noticeWorkingDays();
        if (days == 0) {
            return new Period(null, null);
        }
        LocalDate approved = RegistryTime.dayOf(approvedAt);
        return new Period(calendar.addWorkingDays(approved, 1), calendar.addWorkingDays(approved, days));
    }

    /**
     * The days an award is listed in public notice, both included; both null when it is not listed.
     *
     * @param from the first day
     * @param until the last day; the award may be paid from the day after
     */
    public record Period(@Nullable LocalDate from, @Nullable LocalDate until) {

        /** True when an award under this notice may be paid on {@code day}, its notice over. */
        public boolean over(LocalDate day) {
            return until == null || day.isAfter(until);
        }
    }
}
