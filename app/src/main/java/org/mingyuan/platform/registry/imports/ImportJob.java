package org.mingyuan.platform.registry.imports;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;
import org.mingyuan.platform.registry.imports.ImportOutcome.Failed;

/**
 * One import as it runs: its phase, rows done of the phase's total, and at the end its outcome.
 * Written by the job's worker, read by the pages and the API; visible only to its owner.
 */
public final class ImportJob {

    private final String id;
    private final String owner;
    private final ImportKind kind;
    private final String filename;
    private final Instant startedAt = Instant.now();
    private volatile ImportPhase phase = ImportPhase.READING;
    private volatile int done;
    private volatile int total;
    private volatile @Nullable ImportOutcome outcome;
    private volatile @Nullable Instant finishedAt;

    ImportJob(String id, String owner, ImportKind kind, String filename) {
        this.id = id;
        this.owner = owner;
        this.kind = kind;
        this.filename = filename;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public ImportKind kind() {
        return kind;
    }

    public String filename() {
        return filename;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ImportPhase phase() {
        return phase;
    }

    /** Rows done in the current phase (while reading: rows read so far). */
    public int done() {
        return done;
    }

    /** Rows the current phase has to do; 0 while reading, when it is not known yet. */
    public int total() {
        return total;
    }

    /** Percent of the current phase done, 0 to 100; 100 once finished. */
    public int percent() {
        if (phase.finished()) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, 100L * done / total);
    }

    /** The outcome once finished; null before. */
    public @Nullable ImportOutcome outcome() {
        return outcome;
    }

    /** Seconds from start to finish (or to now while running). */
    public double seconds() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return Duration.between(startedAt, end).toMillis() / 1000.0;
    }

    /** True when finished before {@code limit}. */
    boolean finishedBefore(Instant limit) {
        Instant at = finishedAt;
        return at != null && at.isBefore(limit);
    }

    void enter(ImportPhase next, int rows) {
        done = 0;
        total = rows;
        phase = next;
    }

    void advance(int rows) {
        done += rows;
    }

    void finish(ImportOutcome result) {
        outcome = result;
        finishedAt = Instant.now();
        phase = result instanceof Committed
                ? ImportPhase.DONE
                : result instanceof Failed ? ImportPhase.FAILED : ImportPhase.REFUSED;
    }
}
