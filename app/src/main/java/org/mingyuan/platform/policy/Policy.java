package org.mingyuan.platform.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A policy with its clauses in order. */
public record Policy(long id, PolicyContent content, Instant updatedAt, List<Clause> clauses) {

    /** Whether at least one clause has a published version. */
    public boolean published() {
        return clauses.stream().anyMatch(c -> c.latestPublished().isPresent());
    }

    /** The clauses with a version in force on {@code day}. */
    public List<Clause> inForceOn(LocalDate day) {
        return clauses.stream().filter(c -> c.inForceOn(day).isPresent()).toList();
    }
}
