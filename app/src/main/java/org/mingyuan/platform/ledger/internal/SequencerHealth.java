package org.mingyuan.platform.ledger.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The ledger's part of {@code /actuator/health}: DOWN from a failed sequencer run until the next run succeeds, so
 * an operator sees when recorded entries stop reaching signed checkpoints.
 */
@Component("ledgerHealthIndicator")
public class SequencerHealth implements HealthIndicator {

    private volatile @Nullable Failure failure;

    private record Failure(Instant at, String error) {}

    /** Notes a sequencer run that completed. */
    public void succeeded() {
        failure = null;
    }

    /** Notes a sequencer run that failed with the given error. */
    public void failed(Throwable error) {
        failure = new Failure(Instant.now(), error.getClass().getSimpleName());
    }

    @Override
    public Health health() {
        Failure current = failure;
        return current == null
                ? Health.up().build()
                : Health.down()
                        .withDetail("failedAt", current.at().toString())
                        .withDetail("error", current.error())
                        .build();
    }
}
