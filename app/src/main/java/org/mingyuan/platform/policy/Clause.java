package org.mingyuan.platform.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A clause with every version it has had, newest first.
 *
 * @param withdrawnFrom the first day no version is in force any more, or null
 */
public record Clause(
        String clauseId,
        long policyId,
        int position,
        @Nullable LocalDate withdrawnFrom,
        @Nullable String withdrawnBy,
        List<ClauseVersionDetail> versions) {

    /** The open draft, if there is one. */
    public Optional<ClauseVersionDetail> draft() {
        return versions.stream().filter(v -> v.state() == VersionState.DRAFT).findFirst();
    }

    /** The newest published version, if any. */
    public Optional<ClauseVersionDetail> latestPublished() {
        return versions.stream()
                .filter(v -> v.state() == VersionState.PUBLISHED)
                .findFirst();
    }

    /** The newest version, draft or published. */
    public ClauseVersionDetail latest() {
        return versions.get(0);
    }

    /**
     * The version in force on {@code day}: the newest published version whose validity holds that day, none once the
     * clause is withdrawn.
     */
    public Optional<ClauseVersionDetail> inForceOn(LocalDate day) {
        if (withdrawnFrom != null && !day.isBefore(withdrawnFrom)) {
            return Optional.empty();
        }
        return versions.stream()
                .filter(v -> v.state() == VersionState.PUBLISHED)
                .filter(v -> v.toClauseVersion().inForceOn(day))
                .findFirst();
    }
}
