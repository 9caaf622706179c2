package org.mingyuan.platform.fulfillment.calendar;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator sends to mark a day: whether it is worked, and why, in Chinese and English (at most 60
 * characters each). Checked whole before anything is stored.
 */
public record CalendarDayDraft(
        @Nullable Boolean working,
        @Nullable String noteZh,
        @Nullable String noteEn) {}
