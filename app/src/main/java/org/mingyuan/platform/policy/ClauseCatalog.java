package org.mingyuan.platform.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.policy.internal.ClauseStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published clause versions, for the matcher, push, fulfilment and every record made under a version. A system
 * read: published versions are public.
 */
@Service
@Transactional(readOnly = true)
public class ClauseCatalog {

    private final ClauseStore clauses;

    ClauseCatalog(ClauseStore clauses) {
        this.clauses = clauses;
    }

    /**
     * The versions in force on {@code day}, one per clause, ordered by clause id: for each clause not withdrawn by then,
     * its newest published version whose validity holds that day (an amendment supersedes earlier versions on the days
     * its own validity covers).
     */
    public List<ClauseVersion> inForce(LocalDate day) {
        return clauses.published().stream()
                .flatMap(clause -> clause.inForceOn(day).stream())
                .map(ClauseVersionDetail::toClauseVersion)
                .sorted(java.util.Comparator.comparing(ClauseVersion::clauseId))
                .toList();
    }

    /**
     * The version of one clause in force on {@code day}, with its whole text, as {@link #inForce(LocalDate)} would list
     * it; empty when none is or the clause is unknown.
     */
    public Optional<ClauseVersionDetail> inForce(String clauseId, LocalDate day) {
        return clauses.clause(clauseId).flatMap(clause -> clause.inForceOn(day));
    }

    /** A published version; empty for a draft or an unknown clause or version. */
    public Optional<ClauseVersion> version(String clauseId, int version) {
        return detail(clauseId, version).map(ClauseVersionDetail::toClauseVersion);
    }

    /** A published version with its whole text (materials, review stages, examples); empty for a draft. */
    public Optional<ClauseVersionDetail> detail(String clauseId, int version) {
        return clauses.version(clauseId, version).filter(v -> v.state() == VersionState.PUBLISHED);
    }
}
