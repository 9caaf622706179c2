package org.mingyuan.platform.registry.imports.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.imports.ImportJob;
import org.mingyuan.platform.registry.imports.ImportOutcome;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;
import org.mingyuan.platform.registry.imports.ImportOutcome.Failed;
import org.mingyuan.platform.registry.imports.ImportOutcome.Refused;
import org.mingyuan.platform.registry.imports.ImportOutcome.Rejected;
import org.mingyuan.platform.registry.imports.ImportReport;

/**
 * An import job as the API shows it.
 *
 * @param total rows the current phase has to do; 0 while reading
 * @param committed what was written, once done
 * @param problemCount every problem found, when rows were refused
 * @param problems the first {@value #SHOWN} problems, when rows were refused; all are in the report
 * @param reason why the file as a whole was refused
 * @param incident the id to quote when the import failed unexpectedly
 */
record ImportStatus(
        String id,
        String kind,
        String filename,
        String phase,
        int done,
        int total,
        int percent,
        double seconds,
        @Nullable Committed committed,
        @Nullable Integer problemCount,
        @Nullable List<ImportReport.Line> problems,
        @Nullable String reason,
        @Nullable String incident) {

    static final int SHOWN = 100;

    static ImportStatus of(ImportJob job, ImportReport report, Locale locale) {
        ImportOutcome outcome = job.outcome();
        Rejected rejected = outcome instanceof Rejected r ? r : null;
        return new ImportStatus(
                job.id(),
                job.kind().path(),
                job.filename(),
                job.phase().name(),
                job.done(),
                job.total(),
                job.percent(),
                job.seconds(),
                outcome instanceof Committed c ? c : null,
                rejected == null ? null : rejected.count(),
                rejected == null
                        ? null
                        : report.lines(
                                job.kind(),
                                rejected.problems()
                                        .subList(
                                                0,
                                                Math.min(
                                                        SHOWN,
                                                        rejected.problems().size())),
                                locale),
                outcome instanceof Refused r ? report.reason(r.code(), r.args(), locale) : null,
                outcome instanceof Failed f ? f.incident() : null);
    }
}
