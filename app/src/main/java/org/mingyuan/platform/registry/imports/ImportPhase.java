package org.mingyuan.platform.registry.imports;

/** Where an import job is; the last three are final. */
public enum ImportPhase {
    /** The file is being read and each row checked on its own. */
    READING,
    /** Rows are being checked against each other and the registry. */
    CHECKING,
    /** Rows are being written in one transaction. */
    WRITING,
    /** Everything was written. */
    DONE,
    /** Nothing was written: the file or some of its rows were refused. */
    REFUSED,
    /** Nothing was written: something failed unexpectedly. */
    FAILED;

    /** True for the phases a job ends in. */
    public boolean finished() {
        return this == DONE || this == REFUSED || this == FAILED;
    }
}
