package org.mingyuan.platform.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Registry dates are calendar days in China Standard Time. */
public final class RegistryTime {

    /** The time zone of the registry's dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private RegistryTime() {}

    /** Today in China. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The calendar day of {@code instant} in China. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The last instant of {@code day} in China: what was known "on" that day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
    }
}
