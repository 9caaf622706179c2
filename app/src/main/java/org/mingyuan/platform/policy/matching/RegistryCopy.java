package org.mingyuan.platform.policy.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.FactSchemas;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.match.ValueLabels;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.table.FactTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One in-memory copy of the registry as clauses read it on one day: the rules table (enterprises keyed by credit
 * code), the matcher with every in-force clause version registered under its clause id, and who each enterprise is.
 * Only the live matcher's own thread changes it; answers read it under the table's lock.
 */
final class RegistryCopy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RegistryCopy.class);
    private static final AtomicLong SERIALS = new AtomicLong();

    /** An enterprise of the copy: its id and name, for pushes and simulation lists. */
    record Member(EnterpriseId id, String creditCode, String name) {}

    /**
     * A clause version registered in the matcher, with its compiled form (reused by the calculator).
     *
     * @param reads the facts its eligibility reads
     */
    record Registered(ClauseVersion version, CompiledClause compiled, Set<String> reads) {}

    final LocalDate day;
    final List<MatchingFact> facts;
    final Map<String, MatchingFact> factsByKey;
    final FactSchema schema;
    final ClauseCompiler compiler;
    final FactTable table;
    final Matcher matcher;
    final ValueLabels labels;

    /** A number no other copy built in this process has. */
    private final long serial = SERIALS.incrementAndGet();

    private final Map<String, Set<String>> codeLists = new HashMap<>();
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final Map<Long, String> codes = new ConcurrentHashMap<>();
    private final Map<String, Registered> clauses = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final AtomicBoolean stale = new AtomicBoolean();
    private final AtomicBoolean schemaChecked = new AtomicBoolean();
    private volatile long generation;

    RegistryCopy(LocalDate day, List<MatchingFact> facts) {
        this.day = day;
        this.facts = List.copyOf(facts);
        Map<String, MatchingFact> byKey = new LinkedHashMap<>();
        facts.forEach(fact -> byKey.put(fact.key(), fact));
        this.factsByKey = byKey;
        this.schema = FactSchemas.of(this.facts);
        this.compiler = new ClauseCompiler(schema);
        this.table = new FactTable(schema);
        this.matcher = new Matcher(table, day);
        this.labels = labels(this.facts);
        for (MatchingFact fact : this.facts) {
            codeLists.put(
                    fact.key(),
                    Set.copyOf(fact.values().stream()
                            .map(MatchingFact.CodeLabel::code)
                            .toList()));
        }
    }

    private static ValueLabels labels(List<MatchingFact> facts) {
        Map<String, Map<String, ValueLabels.Label>> names = new HashMap<>();
        for (MatchingFact fact : facts) {
            for (MatchingFact.CodeLabel value : fact.values()) {
                names.computeIfAbsent(fact.key(), k -> new HashMap<>())
                        .put(value.code(), new ValueLabels.Label(value.labelZh(), value.labelEn()));
            }
        }
        return (fact, code) -> {
            Map<String, ValueLabels.Label> of = names.get(fact);
            return of == null ? null : of.get(code);
        };
    }

    /** Loads a page of enterprises in one batch. */
    void load(Collection<EnterpriseFacts> page) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (EnterpriseFacts enterprise : page) {
            rows.put(enterprise.creditCode(), columns(enterprise));
            remember(enterprise);
        }
        table.upsertAll(rows);
    }

    /** Replaces one enterprise's facts; the matcher re-matches its row. */
    void upsert(EnterpriseFacts enterprise) {
        remember(enterprise);
        table.upsert(enterprise.creditCode(), columns(enterprise));
    }

    /** Takes an enterprise out of every result. */
    void remove(EnterpriseId id) {
        String code = codes.get(id.value());
        if (code != null) {
            table.remove(code);
        }
    }

    private void remember(EnterpriseFacts enterprise) {
        Member member = new Member(enterprise.enterprise(), enterprise.creditCode(), enterprise.name());
        members.put(enterprise.creditCode(), member);
        codes.put(enterprise.enterprise().value(), enterprise.creditCode());
    }

    /**
     * The values the table takes: facts the copy's schema does not know, and codes its lists do not hold (a park or
     * certification type added since the copy was built), are left out and mark the copy stale, to be rebuilt.
     */
    Map<String, Object> columns(EnterpriseFacts enterprise) {
        Map<String, Object> values = new HashMap<>(enterprise.values().size() * 2);
        enterprise.values().forEach((key, value) -> {
            MatchingFact fact = factsByKey.get(key);
            if (fact == null) {
                unheld(key, value);
                return;
            }
            if (fact.type() == MatchingFact.Type.CODE && !fact.values().isEmpty() && !known(fact, value)) {
                unheld(key, value);
                return;
            }
            if (fact.type() == MatchingFact.Type.CODE_SET && value instanceof Collection<?> set) {
                List<Object> held = new ArrayList<>(set.size());
                for (Object element : set) {
                    if (known(fact, element)) {
                        held.add(element);
                    } else {
                        unheld(key, element);
                    }
                }
                values.put(key, held);
                return;
            }
            values.put(key, value);
        });
        return values;
    }

    private void unheld(String fact, @Nullable Object value) {
        if (stale.compareAndSet(false, true)) {
            log.info(
                    "The registry holds {} = {}, which this copy's schema does not; the copy is to be rebuilt",
                    fact,
                    value);
        }
    }

    private boolean known(MatchingFact fact, @Nullable Object code) {
        return code != null && codeLists.get(fact.key()).contains(code);
    }

    /** Whether values were met that the copy's schema cannot hold: the copy must be rebuilt to hold them. */
    boolean stale() {
        return stale.get();
    }

    /**
     * Notes, on the first call after the copy turned stale, that the registry's schema is being compared with the
     * copy's; true on later calls, so the comparison is made once per copy.
     */
    boolean schemaChecked() {
        return schemaChecked.getAndSet(true);
    }

    /** Runs {@code work} under the table's write lock: nothing answers from the copy meanwhile. */
    <T> T underWriteLock(Supplier<T> work) {
        Lock lock = table.lock().writeLock();
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Registers (or replaces) clause versions in the matcher, all at once. */
    void register(Collection<Registered> versions) {
        matcher.registerAll(versions.stream().map(Registered::compiled).toList());
        versions.forEach(v -> clauses.put(v.version().clauseId(), v));
        generation++;
    }

    /** Withdraws a clause from the matcher. */
    void withdraw(String clauseId) {
        if (clauses.remove(clauseId) != null) {
            matcher.withdraw(clauseId);
            generation++;
        }
    }

    /** The registered clause versions by clause id. */
    Map<String, Registered> clauses() {
        return Map.copyOf(clauses);
    }

    /** The registered version of a clause, if any. */
    Optional<Registered> clause(String clauseId) {
        return Optional.ofNullable(clauses.get(clauseId));
    }

    /** A number that changes whenever the registered clauses change. */
    long generation() {
        return generation;
    }

    /** The enterprise with this credit code, if the copy holds it. */
    Optional<Member> member(String creditCode) {
        return Optional.ofNullable(members.get(creditCode));
    }

    /** A number no other copy built in this process has: answers cached for a copy are told apart by it. */
    long serial() {
        return serial;
    }

    /** How many enterprises the copy holds. */
    int size() {
        return members.size();
    }

    /** The change sequence position the copy has followed to. */
    long seq() {
        return seq.get();
    }

    void followedTo(long position) {
        seq.set(position);
    }

    /** The clause ids registered for day-to-day answers (never a simulation's private id). */
    Set<String> clauseIds() {
        return Set.copyOf(clauses.keySet());
    }

    @Override
    public void close() {
        matcher.close();
    }
}
