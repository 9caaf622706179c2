package org.mingyuan.platform.policy;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.EnterpriseEvents.FactKindAdded;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.FactType;
import org.mingyuan.rules.schema.Unit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The facts clauses read, as the rules library's {@link FactSchema}: derived from {@link RegistryFacts#schema()},
 * never written by hand, and rebuilt when an administrator adds a fact kind. Thread-safe.
 */
@Service
public class FactSchemas {

    /** The fewest elements a set fact may hold, whatever the number of codes known today. */
    static final int MIN_SET_SIZE = 8;

    private final RegistryFacts registry;
    private volatile @Nullable Built built;

    private record Built(List<MatchingFact> facts, FactSchema schema) {}

    FactSchemas(RegistryFacts registry) {
        this.registry = registry;
    }

    /** The schema clauses compile against now. */
    public FactSchema schema() {
        return current().schema();
    }

    /** The registry's facts behind {@link #schema()}, with their labels, units and codes. */
    public List<MatchingFact> facts() {
        return current().facts();
    }

    /** The fact with {@code key}, if clauses may read it. */
    public Optional<MatchingFact> fact(String key) {
        return facts().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Translates the registry's facts: decimal, whole number, yes/no, date and text keep their type; a code becomes an
     * enumeration of its codes (text when no code is known yet), a set of codes a set of text.
     */
    public static FactSchema of(List<MatchingFact> facts) {
        FactSchema.Builder builder = FactSchema.builder();
        for (MatchingFact fact : facts) {
            Unit unit = fact.unitZh() == null && fact.unitEn() == null
                    ? Unit.NONE
                    : Unit.of(orEmpty(fact.unitZh()), orEmpty(fact.unitEn()));
            List<String> codes =
                    fact.values().stream().map(MatchingFact.CodeLabel::code).toList();
            builder.add(
                    switch (fact.type()) {
                        case DECIMAL ->
                            new Fact(fact.key(), FactType.DECIMAL, fact.labelZh(), fact.labelEn(), unit, List.of(), 0);
                        case INTEGER ->
                            new Fact(fact.key(), FactType.INTEGER, fact.labelZh(), fact.labelEn(), unit, List.of(), 0);
                        case YES_NO ->
                            new Fact(fact.key(), FactType.BOOLEAN, fact.labelZh(), fact.labelEn(), unit, List.of(), 0);
                        case DATE ->
                            new Fact(fact.key(), FactType.DATE, fact.labelZh(), fact.labelEn(), unit, List.of(), 0);
                        case TEXT ->
                            new Fact(fact.key(), FactType.TEXT, fact.labelZh(), fact.labelEn(), unit, List.of(), 0);
                        case CODE ->
                            codes.isEmpty()
                                    ? new Fact(
                                            fact.key(),
                                            FactType.TEXT,
                                            fact.labelZh(),
                                            fact.labelEn(),
                                            unit,
                                            List.of(),
                                            0)
                                    : new Fact(
                                            fact.key(),
                                            FactType.ENUMERATION,
                                            fact.labelZh(),
                                            fact.labelEn(),
                                            unit,
                                            codes,
                                            0);
                        case CODE_SET ->
                            new Fact(
                                    fact.key(),
                                    FactType.TEXT_SET,
                                    fact.labelZh(),
                                    fact.labelEn(),
                                    unit,
                                    codes,
                                    Math.max(codes.size(), MIN_SET_SIZE));
                    });
        }
        return builder.build();
    }

    private Built current() {
        Built now = built;
        if (now == null) {
            List<MatchingFact> facts = List.copyOf(registry.schema());
            now = new Built(facts, of(facts));
            built = now;
        }
        return now;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FactKindAdded added) {
        built = null;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
