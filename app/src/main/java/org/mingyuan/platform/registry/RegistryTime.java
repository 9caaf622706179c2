package org.mingyuan.platform.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;

/** Registry dates are calendar days in China Standard Time. */
public final class RegistryTime {

    /** The time zone of the registry's dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** No reporting period, lease or knowledge date lies before the founding of the People's Republic. */
    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private RegistryTime() {}

    /** Today in China. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Today in China by {@code clock}: the platform's clock bean, which tests move to another day. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The calendar day of {@code instant} in China. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The last instant of {@code day} in China: what was known "on" that day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1);
    }

    /**
     * The moment a "known at" query means: now when {@code knownAt} is null, else the end of that day,
     * which must lie between 1949-10-01 and tomorrow (a caller's today may be China's tomorrow).
     */
    public static Instant knownAt(@Nullable LocalDate knownAt) {
        if (knownAt == null) {
            return Instant.now();
        }
        LocalDate latest = today().plusDays(1);
        if (knownAt.isBefore(EARLIEST) || knownAt.isAfter(latest)) {
            throw new InvalidRequest("knownAt", "registry.knownAtRange", EARLIEST, latest);
        }
        return endOf(knownAt);
    }
}
