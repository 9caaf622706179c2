package org.mingyuan.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that runs with the system's and that a test moves forward, e.g. to the next day, or to a moment of its
 * choosing; thread-safe, so one clock
 * can be shared by several platform instances in one test.
 */
public final class MovableClock extends Clock {

    /**
     * Makes a movable clock the platform's clock; test classes that import it share one context, so each puts the
     * clock back to the real time after every test.
     */
    @TestConfiguration
    public static class AsPlatformClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    private volatile Duration ahead = Duration.ZERO;

    /** Moves the clock forward by {@code by}. */
    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    /** Moves the clock to {@code at}, earlier or later; it runs on from there. */
    public void moveTo(Instant at) {
        ahead = Duration.between(Instant.now(), at);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the movable clock keeps UTC; read days through RegistryTime");
    }
}
