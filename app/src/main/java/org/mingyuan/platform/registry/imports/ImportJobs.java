package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.imports.ImportOutcome.Refused;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Starts import jobs on a small bounded pool of workers and keeps them in memory: running jobs until
 * they finish, finished jobs for {@link ImportLimits#keepFinished()} (an hour by default). A job is
 * visible only to the account that started it.
 */
@Service
public class ImportJobs implements DisposableBean {

    private final ImportServices services;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers;

    ImportJobs(ImportServices services) {
        this.services = services;
        int count = services.limits().workers();
        this.workers = new ThreadPoolExecutor(
                count,
                count,
                1,
                TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(services.limits().queue()),
                r -> {
                    Thread thread = new Thread(r, "import");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Starts importing {@code content}, a file named {@code filename}, on behalf of {@code caller}.
     *
     * @return the job, already finished when the file is refused before reading (too large, busy)
     * @throws AccessDeniedException when the caller may not import at all
     */
    public ImportJob start(Caller caller, ImportKind kind, String filename, InputStream content) throws IOException {
        if (!ImportScope.mayImport(caller)) {
            throw new AccessDeniedException("may not import");
        }
        forgetExpired();
        var job = new ImportJob(UUID.randomUUID().toString(), caller.username(), kind, filename);
        jobs.put(job.id(), job);
        Path file = Files.createTempFile("mingyuan-import-", ".upload");
        long max = services.limits().maxBytes();
        try (OutputStream out = Files.newOutputStream(file)) {
            if (content.transferTo(new LimitedOutput(out, max)) > max) {
                throw new ImportRefusal("imports.tooLarge", max / (1024 * 1024));
            }
            workers.execute(new ImportRun(job, caller, file, services));
        } catch (ImportRefusal refusal) {
            Files.deleteIfExists(file);
            job.finish(new Refused(refusal.code(), refusal.args()));
        } catch (RejectedExecutionException busy) {
            Files.deleteIfExists(file);
            job.finish(new Refused("imports.busy", List.of()));
        }
        return job;
    }

    /** The job with this id if {@code username} started it and it has not expired. */
    public Optional<ImportJob> find(String id, String username) {
        forgetExpired();
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(username));
    }

    /** The jobs {@code username} started that are still kept, newest first. */
    public List<ImportJob> of(String username) {
        forgetExpired();
        return jobs.values().stream()
                .filter(job -> job.owner().equals(username))
                .sorted((a, b) -> b.startedAt().compareTo(a.startedAt()))
                .toList();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private void forgetExpired() {
        Instant limit = Instant.now().minus(services.limits().keepFinished());
        jobs.values().removeIf(job -> job.finishedBefore(limit));
    }
}
