package org.mingyuan.platform.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mingyuan.platform.registry.internal.RegistryChanges;
import org.mingyuan.platform.registry.internal.matching.MatchingReader;
import org.mingyuan.platform.registry.internal.matching.MatchingSchema;
import org.springframework.stereotype.Service;

/**
 * The registry as clauses read it: the facts they may read ({@link #schema()}), every enterprise's values of them,
 * and the change sequence that keeps every instance's copy current. A system read for the policy module's matcher,
 * not scoped to a caller: it is never exposed to callers as it is.
 *
 * <p>Values on a day are what the registry knew by the end of that day (China time): per fact kind the statement of
 * the latest period (verified over imported over declared), the certifications valid that day, the leases running
 * that day; the profile's fields (park, division, segment, industry) are as they are now. A fact whose inputs are
 * missing is absent, never zero. See {@code docs/facts.md}.
 */
@Service
public class RegistryFacts {

    private final MatchingSchema schema;
    private final MatchingReader reader;
    private final RegistryChanges changes;

    RegistryFacts(MatchingSchema schema, MatchingReader reader, RegistryChanges changes) {
        this.schema = schema;
        this.reader = reader;
        this.changes = changes;
    }

    /** Every fact clauses may read, in a stable order; grows when an administrator adds a fact kind. */
    public List<MatchingFact> schema() {
        return schema.facts();
    }

    /**
     * Gives every registered enterprise's facts on {@code asOf}, in enterprise-id order, reading the database in bulk
     * (a handful of queries in all, never one per enterprise).
     */
    public void forEach(LocalDate asOf, Consumer<EnterpriseFacts> each) {
        reader.forEach(asOf, null, each);
    }

    /** One enterprise's facts on {@code asOf}; empty when it is not registered. */
    public Optional<EnterpriseFacts> of(EnterpriseId enterprise, LocalDate asOf) {
        List<EnterpriseFacts> found = new ArrayList<>(1);
        reader.forEach(asOf, enterprise.value(), found::add);
        return found.stream().findFirst();
    }

    /** The newest entry's {@link RegistryChange#seq()}, 0 when there is none. */
    public long latestChange() {
        return changes.latest();
    }

    /**
     * The changes after {@code seq}, oldest first, at most {@code limit}. Entries become visible in seq order: once
     * an entry is seen, no entry with a lower seq appears later.
     */
    public List<RegistryChange> changesSince(long seq, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return changes.since(seq, limit);
    }
}
