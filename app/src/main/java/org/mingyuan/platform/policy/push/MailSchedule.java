package org.mingyuan.platform.policy.push;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Drains the e-mail queue on its own thread, with a fixed pause between drains, from start until the application
 * stops. E-mail is off, and nothing drains here, when no SMTP host is configured ({@code spring.mail.host}); a failed
 * drain is logged and the next one follows.
 */
@Component
class MailSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

    private final @Nullable MailDrain drain;
    private final PushMailProperties properties;
    private @Nullable ScheduledExecutorService executor;
    private boolean running;

    MailSchedule(ObjectProvider<JavaMailSender> sender, MailQueue queue, PushMail mail, PushMailProperties properties) {
        JavaMailSender smtp = sender.getIfAvailable();
        this.drain = smtp == null ? null : new MailDrain(queue, smtp, mail, properties, instanceName());
        this.properties = properties;
    }

    /** This instance's drain; empty when e-mail is off. */
    Optional<MailDrain> drain() {
        return Optional.ofNullable(drain);
    }

    @Override
    public synchronized void start() {
        if (drain == null) {
            log.info("Notification e-mail is off: no SMTP host is configured (spring.mail.host); messages queue");
            running = true;
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail");
            thread.setDaemon(true);
            return thread;
        });
        if (properties.drain()) {
            MailDrain running = drain;
            started.scheduleWithFixedDelay(
                    () -> {
                        try {
                            running.drainAll();
                        } catch (Throwable e) {
                            // an Error too: a task that throws is never run again by the executor
                            log.error("Draining the e-mail queue failed; it runs again after the pause", e);
                        }
                    },
                    properties.pollInterval().toMillis(),
                    properties.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        executor = started;
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
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
        return running;
    }

    private static String instanceName() {
        String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
