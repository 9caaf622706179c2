package org.mingyuan.platform.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The registry as clauses read it: the facts they may read ({@link #schema()}), every enterprise's values of them,
 * and the change sequence that keeps every instance's copy current. A system read for the policy module's matcher,
 * not scoped to a caller: it is never exposed to callers as it is.
 */
@Service
public class RegistryFacts {

    /** Every fact clauses may read, in a stable order; grows when an administrator adds a fact kind. */
    public List<MatchingFact> schema() {
        throw new UnsupportedOperationException("contract: implemented by the registry work of issue 10");
    }

    /**
     * Gives every registered enterprise's facts on {@code asOf}, in enterprise-id order, reading the database in bulk
     * (a handful of queries in all, never one per enterprise).
     */
    public void forEach(LocalDate asOf, Consumer<EnterpriseFacts> each) {
        throw new UnsupportedOperationException("contract: implemented by the registry work of issue 10");
    }

    /** One enterprise's facts on {@code asOf}; empty when it is not registered. */
    public Optional<EnterpriseFacts> of(EnterpriseId enterprise, LocalDate asOf) {
        throw new UnsupportedOperationException("contract: implemented by the registry work of issue 10");
    }

    /** The newest entry's {@link RegistryChange#seq()}, 0 when there is none. */
    public long latestChange() {
        throw new UnsupportedOperationException("contract: implemented by the registry work of issue 10");
    }

    /** The changes after {@code seq}, oldest first, at most {@code limit}. */
    public List<RegistryChange> changesSince(long seq, int limit) {
        throw new UnsupportedOperationException("contract: implemented by the registry work of issue 10");
    }
}
