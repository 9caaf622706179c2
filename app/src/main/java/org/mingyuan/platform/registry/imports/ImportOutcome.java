package org.mingyuan.platform.registry.imports;

import java.util.List;

/** How an import ended. */
public sealed interface ImportOutcome {

    /**
     * Everything was written in one transaction.
     *
     * @param rows data rows of the file
     * @param created enterprises registered
     * @param updated enterprises whose profile was replaced
     * @param facts fact statements appended
     * @param leases leases recorded
     */
    record Committed(int rows, int created, int updated, int facts, int leases) implements ImportOutcome {}

    /**
     * Some rows were wrong, so nothing was written.
     *
     * @param problems the problems kept for the report (the first {@link RowProblems#KEPT}), by row
     * @param count every problem found
     */
    record Rejected(List<ImportProblem> problems, int count) implements ImportOutcome {}

    /** The file as a whole could not be imported; nothing was written. */
    record Refused(String code, List<Object> args) implements ImportOutcome {}

    /** Something failed unexpectedly; nothing was written. The incident id is in the log. */
    record Failed(String incident) implements ImportOutcome {}
}
