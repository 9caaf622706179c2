package org.mingyuan.platform.fulfillment;

import java.time.LocalDate;

/** What administrators change in the working-day calendar; the audit trail records each. */
public final class CalendarEvents {

    private CalendarEvents() {}

    /** {@code day} was made a day off ({@code working} false) or a working day, against its weekday. */
    public record CalendarDaySet(LocalDate day, boolean working, String note, String actor) {}

    /** {@code day} follows its weekday again. */
    public record CalendarDayCleared(LocalDate day, String actor) {}
}
