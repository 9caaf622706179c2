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
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.imports.ImportOutcome.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Starts import jobs on a small bounded pool of workers and keeps them in memory: running jobs until
 * they finish, finished jobs for {@link ImportLimits#keepFinished()} (an hour by default). A job is
 * visible only to the account that started it. Uploads are kept in a directory of their own while
 * their job runs; every job ends, and deletes its upload, however its upload or its reading fails.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportServices services;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers;
    private final Path spool;

    ImportJobs(ImportServices services) throws IOException {
        this.services = services;
        this.spool = Files.createTempDirectory("mingyuan-imports-");
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
     * @return the job, already finished when the file is refused before reading (too large, busy, or
     *     its upload broke off)
     * @throws AccessDeniedException when the caller may not import at all
     */
    public ImportJob start(Caller caller, ImportKind kind, String filename, InputStream content) {
        if (!ImportScope.mayImport(caller)) {
            throw new AccessDeniedException("may not import");
        }
        forgetExpired();
        var job = new ImportJob(UUID.randomUUID().toString(), caller.username(), kind, filename);
        jobs.put(job.id(), job);
        @Nullable Path file = null;
        ImportOutcome ended;
        try {
            file = Files.createTempFile(spool, "upload-", ".part");
            long max = services.limits().maxBytes();
            try (OutputStream out = Files.newOutputStream(file)) {
                if (content.transferTo(new LimitedOutput(out, max)) > max) {
                    throw new ImportRefusal("imports.tooLarge", max / (1024 * 1024));
                }
            }
            workers.execute(new ImportRun(job, caller, file, services));
            return job;
        } catch (ImportRefusal refusal) {
            ended = new Refused(refusal.code(), refusal.args());
        } catch (RejectedExecutionException busy) {
            ended = new Refused("imports.busy", List.of());
        } catch (IOException broken) {
            log.info("Upload of {} for import {} broke off: {}", filename, job.id(), broken.toString());
            ended = new Refused("imports.unreadable", List.of(filename));
        } catch (RuntimeException failure) {
            ended = ImportRun.failed(job, failure);
        }
        ImportRun.discard(file);
        job.finish(ended);
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

    /** The directory uploads are kept in while their jobs run. */
    Path spool() {
        return spool;
    }

    @Override
    public void destroy() throws IOException {
        workers.shutdownNow();
        try (Stream<Path> left = Files.list(spool)) {
            left.forEach(ImportRun::discard);
        }
        Files.deleteIfExists(spool);
    }

    private void forgetExpired() {
        Instant limit = Instant.now().minus(services.limits().keepFinished());
        jobs.values().removeIf(job -> job.finishedBefore(limit));
    }
}
