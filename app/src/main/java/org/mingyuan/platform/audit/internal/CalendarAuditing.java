package org.mingyuan.platform.audit.internal;

import org.mingyuan.platform.fulfillment.CalendarEvents.CalendarDayCleared;
import org.mingyuan.platform.fulfillment.CalendarEvents.CalendarDaySet;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the administrators' changes to the working-day calendar to the audit trail. */
@Component
class CalendarAuditing {

    private final AuditTrail trail;

    CalendarAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(CalendarDaySet event) {
        trail.record(
                event.actor(),
                AuditAction.CALENDAR_DAY_SET,
                event.day().toString(),
                "SUCCESS",
                (event.working() ? "working day: " : "day off: ") + event.note(),
                null);
    }

    @ApplicationModuleListener
    void on(CalendarDayCleared event) {
        trail.record(
                event.actor(),
                AuditAction.CALENDAR_DAY_CLEARED,
                event.day().toString(),
                "SUCCESS",
                "follows its weekday",
                null);
    }
}
