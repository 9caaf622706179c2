package org.mingyuan.platform.recognition;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the expiry reminders on their own thread, once a minute after start and then at the set interval, until the
 * application stops; a failed run is logged and the next one follows.
 */
@Component
class ExpirySchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpirySchedule.class);

    private final ExpiryReminders reminders;
    private final RecognitionProperties properties;
    private @Nullable ScheduledExecutorService executor;

    ExpirySchedule(ExpiryReminders reminders, RecognitionProperties properties) {
        this.reminders = reminders;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "recognition-reminders");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(
                () -> {
                    try {
                        int sent = reminders.remind();
                        if (sent > 0) {
                            log.info("Reminded {} firms that their recognition expires soon", sent);
                        }
                    } catch (Throwable e) {
                        // an Error too: a task that throws is never run again by the executor
                        log.error("The recognition expiry reminders failed; they run again after the pause", e);
                    }
                },
                TimeUnit.MINUTES.toMillis(1),
                properties.reminderInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
