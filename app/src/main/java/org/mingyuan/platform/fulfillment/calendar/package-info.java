/**
 * The working-day calendar (工作日历): weekdays are working days except the days an administrator lists; deadlines of
 * review stages are counted on it. Other modules use {@link org.mingyuan.platform.fulfillment.calendar.WorkingCalendar}.
 */
@NullMarked
@NamedInterface("calendar")
package org.mingyuan.platform.fulfillment.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
