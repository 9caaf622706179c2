package org.mingyuan.platform.fulfillment.calendar;

import java.time.LocalDate;

/**
 * A day that does not follow its weekday: a public holiday on a weekday ({@code working} false) or a weekend day
 * worked to make up for one.
 */
public record CalendarDay(LocalDate day, boolean working, String noteZh, String noteEn) {}
