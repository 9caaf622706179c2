package org.mingyuan.platform.registry.imports;

import java.time.Instant;
import java.util.function.IntConsumer;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;

/**
 * One import of one kind in progress: rows are read and checked one at a time, then against each
 * other and the registry, then, only when no problem was found, written.
 */
interface RowImport {

    /** Parses and checks one row; problems go to the import's {@link RowProblems}. */
    void read(RowCells row);

    /** Checks the rows read against each other and the stored registry, reporting rows done. */
    void check(IntConsumer progress);

    /** How many database rows {@link #write} will insert or update; for progress. */
    int writes();

    /** Writes every row; the caller runs it in one transaction. */
    Committed write(Instant now, IntConsumer progress);
}
