package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.EnterpriseEvents.RegistryImportFailed;
import org.mingyuan.platform.registry.EnterpriseEvents.RegistryImported;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;
import org.mingyuan.platform.registry.imports.ImportOutcome.Failed;
import org.mingyuan.platform.registry.imports.ImportOutcome.Refused;
import org.mingyuan.platform.registry.imports.ImportOutcome.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one import job: read and check every row, then, in one transaction, check the rows
 * against each other and the registry and only if nothing is wrong write them all and publish one
 * {@link RegistryImported} event. Checking in the writing transaction lets an import lock what it
 * checks (a lease import its units), so nothing changes between the check and the write.
 * However it ends, its upload is deleted before the job is finished, and an unexpected failure,
 * even an {@link Error}, finishes the job as failed; an import that writes nothing publishes
 * {@link RegistryImportFailed}.
 */
final class ImportRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final ImportJob job;
    private final Caller caller;
    private final Path file;
    private final ImportServices services;

    ImportRun(ImportJob job, Caller caller, Path file, ImportServices services) {
        this.job = job;
        this.caller = caller;
        this.file = file;
        this.services = services;
    }

    @Override
    public void run() {
        ImportOutcome outcome;
        @Nullable VirtualMachineError fatal = null;
        try {
            outcome = importFile();
        } catch (ImportRefusal refusal) {
            outcome = new Refused(refusal.code(), refusal.args());
        } catch (RuntimeException | Error failure) {
            outcome = failed(job, failure);
            fatal = failure instanceof VirtualMachineError vm ? vm : null;
        }
        discard(file);
        job.finish(outcome);
        if (!(outcome instanceof Committed)) {
            ImportOutcome failure = outcome;
            services.transactions()
                    .executeWithoutResult(status -> services.events()
                            .publishEvent(new RegistryImportFailed(
                                    job.kind().path(), job.filename(), reason(failure), caller.username())));
        }
        if (fatal != null) {
            throw fatal;
        }
    }

    /** Logs an unexpected failure of {@code job} under a new incident id, and returns that outcome. */
    static Failed failed(ImportJob job, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        log.error("Import {} of {} failed, incident {}", job.id(), job.filename(), incident, failure);
        return new Failed(incident);
    }

    /** Deletes an upload if there is one; a file that cannot be deleted is logged. */
    static void discard(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    private static String reason(ImportOutcome outcome) {
        if (outcome instanceof Rejected rejected) {
            return "rejected: " + rejected.count() + " problems";
        }
        if (outcome instanceof Refused refused) {
            return "refused: " + refused.code();
        }
        return outcome instanceof Failed failed ? "failed: incident " + failed.incident() : "committed";
    }

    private ImportOutcome importFile() {
        Instant now = Instant.now();
        var problems = new RowProblems();
        var context = new ImportContext(caller, services.store(), services.sizes(), problems, now, job.filename());
        RowImport rows = switch (job.kind()) {
            case ENTERPRISES -> new EnterpriseImport(context, services.rules());
            case FACTS -> new FactImport(context);
            case LEASES -> new LeaseImport(context);
        };
        ImportKind kind = job.kind();
        int maxCell = services.limits().maxCellChars();
        TableReader.read(file, job.filename(), kind, services.limits(), raw -> {
            context.counted();
            rows.read(new RowCells(kind, raw, maxCell, problems));
            job.advance(1);
        });
        if (!problems.none()) {
            return rejected(problems);
        }
        job.enter(ImportPhase.CHECKING, context.rows());
        return services.transactions().execute(status -> {
            rows.check(job::advance);
            if (!problems.none()) {
                status.setRollbackOnly();
                return rejected(problems);
            }
            job.enter(ImportPhase.WRITING, rows.writes());
            Committed committed = rows.write(now, job::advance);
            services.events().publishEvent(new RegistryImported(kind.path(), committed.rows(), caller.username()));
            return committed;
        });
    }

    private static Rejected rejected(RowProblems problems) {
        return new Rejected(problems.kept(), problems.count());
    }
}
