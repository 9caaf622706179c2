package org.mingyuan.platform.ledger.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sequencer and the witness courier on the ledger's own two threads, each with a fixed pause between
 * runs, from the moment the application is up until it stops. A failed run, whatever it throws, is logged and
 * the next one follows; the sequencer's outcome is reported to {@link SequencerHealth}.
 */
@Component
class LedgerSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerSchedule.class);

    private final Sequencer sequencer;
    private final WitnessCourier courier;
    private final LedgerProperties properties;
    private final SequencerHealth health;
    private @Nullable ScheduledExecutorService executor;

    LedgerSchedule(Sequencer sequencer, WitnessCourier courier, LedgerProperties properties, SequencerHealth health) {
        this.sequencer = sequencer;
        this.courier = courier;
        this.properties = properties;
        this.health = health;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "ledger");
            thread.setDaemon(true);
            return thread;
        });
        every(
                started,
                properties.sequenceInterval().toMillis(),
                () -> {
                    try {
                        sequencer.appendPending();
                        health.succeeded();
                    } catch (Throwable e) {
                        health.failed(e);
                        throw e;
                    }
                },
                "sequencer");
        every(started, properties.witnessInterval().toMillis(), courier::deliver, "witness courier");
        executor = started;
    }

    private static void every(ScheduledExecutorService executor, long millis, Runnable task, String name) {
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        task.run();
                    } catch (Throwable e) {
                        // an Error too: a task that throws is never run again by the executor
                        log.error("Ledger {} failed; it runs again after the pause", name, e);
                    }
                },
                0,
                millis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
