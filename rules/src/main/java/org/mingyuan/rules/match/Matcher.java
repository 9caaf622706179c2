package org.mingyuan.rules.match;

import dev.cel.runtime.CelRuntime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mingyuan.rules.clause.CelRules;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.RowListener;
import org.roaringbitmap.RoaringBitmap;

/**
 * Keeps, for every registered clause, the bitmap of eligible enterprises, and answers the
 * questions of precise push: who is eligible for a clause, which clauses an enterprise is
 * eligible for and how much, and totals over the registry, overall or grouped by an enumeration fact.
 *
 * <p>Every answer is taken under the table's read lock and every change under its write lock,
 * so answers never mix states. Returned bitmaps are copies. When a row changes, only the clauses
 * that read one of its changed facts are evaluated again, on that row alone. {@link #close()}
 * detaches the matcher from its table.
 */
public final class Matcher implements RowListener, AutoCloseable {

    private final FactTable table;
    private final LocalDate evaluationDate;
    private final CelRuntime runtime;
    private final TestCatalog tests;
    private final ClauseTotals totals;
    private final Map<String, ClauseState> clauses = new ConcurrentHashMap<>();

    private FactIndex factIndex;
    private boolean wasLive;
    private boolean[] before = new boolean[0];
    private volatile boolean closed;

    /** A registered clause and the rows of the enterprises eligible for it. */
    record ClauseState(ClauseProgram program, RoaringBitmap rows) {}

    /** The registered clauses in a fixed order, and for each fact the positions of the clauses that read it. */
    private record FactIndex(List<ClauseState> order, Map<String, int[]> readers) {

        static FactIndex of(Collection<ClauseState> states) {
            List<ClauseState> order = List.copyOf(states);
            Map<String, List<Integer>> readers = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                for (String fact : order.get(i).program().root().facts()) {
                    readers.computeIfAbsent(fact, f -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> arrays = new HashMap<>();
            readers.forEach((fact, positions) -> arrays.put(
                    fact, positions.stream().mapToInt(Integer::intValue).toArray()));
            return new FactIndex(order, arrays);
        }
    }

    /** Creates a matcher over the table that evaluates dates against the evaluation date. */
    public Matcher(FactTable table, LocalDate evaluationDate) {
        this.table = table;
        this.evaluationDate = evaluationDate;
        this.runtime = CelRules.runtime(evaluationDate);
        this.tests = new TestCatalog(table, new YearsThresholds(evaluationDate));
        this.totals = new ClauseTotals(table);
        table.addListener(this);
    }

    /** Returns the date dates are compared against. */
    public LocalDate evaluationDate() {
        return evaluationDate;
    }

    /** Adds a clause, or replaces the clause with the same id, and matches it against every enterprise. */
    public void register(CompiledClause clause) {
        registerAll(List.of(clause));
    }

    /**
     * Adds or replaces several clauses, matching them in parallel; the last of several with one id wins. When one
     * cannot run, none is registered.
     */
    public void registerAll(Collection<CompiledClause> clauses) {
        write(() -> {
            List<CompiledClause> batch = clauses.stream().toList();
            List<ClauseState> states = batch.size() > 1 ? tests.inBulk(() -> matchAll(batch)) : matchAll(batch);
            for (ClauseState state : states) {
                ClauseState replaced = this.clauses.put(state.program().clause().id(), state);
                if (replaced != null) {
                    replaced.program().release();
                }
            }
            factIndex = null;
            return null;
        });
    }

    private List<ClauseState> matchAll(List<CompiledClause> clauses) {
        List<Object> outcomes = clauses.parallelStream()
                .map(clause -> {
                    try {
                        return (Object) program(clause);
                    } catch (RuntimeException e) {
                        return e;
                    }
                })
                .toList();
        tests.buildIndexes(outcomes.stream()
                .filter(ClauseProgram.class::isInstance)
                .flatMap(program -> ((ClauseProgram) program).tests().stream())
                .toList());
        outcomes = outcomes.parallelStream()
                .map(outcome -> outcome instanceof ClauseProgram program
                        ? new ClauseState(program, program.eligibleRows())
                        : outcome)
                .toList();
        List<ClauseState> states = new ArrayList<>(outcomes.size());
        RuntimeException failure = null;
        for (Object outcome : outcomes) {
            if (outcome instanceof ClauseState state) {
                states.add(state);
            } else if (failure == null) {
                failure = (RuntimeException) outcome;
            }
        }
        if (failure != null) {
            states.forEach(state -> state.program().release());
            throw failure;
        }
        return states;
    }

    /** Withdraws a clause; returns false when it was not registered. Tests no other clause uses are dropped. */
    public boolean withdraw(String clauseId) {
        return write(() -> {
            ClauseState removed = clauses.remove(clauseId);
            if (removed == null) {
                return false;
            }
            removed.program().release();
            factIndex = null;
            return true;
        });
    }

    /** Matches every registered clause against every enterprise again, in parallel, from the table as it is now. */
    public void rematch() {
        write(() -> tests.inBulk(() -> {
            clauses.values().parallelStream().forEach(state -> {
                RoaringBitmap rows = state.program().eligibleRows();
                state.rows().clear();
                state.rows().or(rows);
            });
            return null;
        }));
    }

    /** Returns the ids of the registered clauses. */
    public Set<String> clauseIds() {
        return read(() -> Set.copyOf(clauses.keySet()));
    }

    /** Returns the rows of the enterprises eligible for a clause (a copy). */
    public RoaringBitmap eligibleRows(String clauseId) {
        return read(() -> rows(clauseId).clone());
    }

    /** Returns the keys of the enterprises eligible for a clause, in row order. */
    public List<String> eligibleEnterprises(String clauseId) {
        return read(() -> {
            List<String> keys = new ArrayList<>();
            rows(clauseId).forEach((int row) -> keys.add(table.keyOf(row)));
            return keys;
        });
    }

    /** Returns the clauses an enterprise is eligible for, with amounts, ordered by clause id. */
    public List<Entitlement> eligibleClauses(String enterpriseKey) {
        return read(() -> {
            int row = rowOf(enterpriseKey);
            Map<String, Entitlement> found = new TreeMap<>();
            clauses.forEach((id, state) -> {
                if (state.rows().contains(row)) {
                    found.put(id, new Entitlement(id, state.program().amount(row)));
                }
            });
            return List.copyOf(found.values());
        });
    }

    /**
     * Returns the amount an enterprise would receive under a clause, after the cap; empty when it is not eligible or
     * a fact the amount needs is missing.
     */
    public OptionalDouble amountOf(String clauseId, String enterpriseKey) {
        return read(() -> {
            ClauseState state = state(clauseId);
            OptionalInt row = table.rowOf(enterpriseKey);
            return row.isPresent() && state.rows().contains(row.getAsInt())
                    ? state.program().amount(row.getAsInt())
                    : OptionalDouble.empty();
        });
    }

    /** Returns the count and amount of a clause's eligible enterprises over the whole registry. */
    public Totals total(String clauseId) {
        return read(() -> {
            ClauseState state = state(clauseId);
            return totals.total(state.program(), state.rows());
        });
    }

    /** Returns count and amount of a clause's eligible enterprises per value of an enumeration fact ("" for missing). */
    public Map<String, Totals> totalsBy(String clauseId, String enumerationFact) {
        return read(() -> {
            ClauseState state = state(clauseId);
            return totals.totalsBy(state.program(), state.rows(), enumerationFact);
        });
    }

    /**
     * Returns the count and amount of every registered clause over the whole registry, by clause id, the clauses
     * totalled in parallel.
     */
    public Map<String, Totals> totals() {
        return read(() -> clauses.entrySet().parallelStream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> totals.total(
                                entry.getValue().program(), entry.getValue().rows()),
                        (a, b) -> a,
                        TreeMap::new)));
    }

    /**
     * Returns, for every registered clause, count and amount per value of an enumeration fact ("" for missing), the
     * clauses totalled in parallel.
     */
    public Map<String, Map<String, Totals>> totalsBy(String enumerationFact) {
        return read(() -> {
            totals.enumeration(enumerationFact);
            return clauses.entrySet().parallelStream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            entry -> totals.totalsBy(
                                    entry.getValue().program(), entry.getValue().rows(), enumerationFact),
                            (a, b) -> a,
                            TreeMap::new));
        });
    }

    /** Notes, before a row changes, whether it is live and which clauses it is eligible for. */
    @Override
    public void rowChanging(int row) {
        if (factIndex == null) {
            factIndex = FactIndex.of(clauses.values());
        }
        List<ClauseState> order = factIndex.order();
        wasLive = table.live().contains(row);
        before = new boolean[order.size()];
        if (wasLive) {
            for (int i = 0; i < before.length; i++) {
                before[i] = order.get(i).program().holds(row);
            }
        }
    }

    /**
     * Evaluates again, on the changed row, the clauses that read a changed fact (every clause when the row came or
     * went), and changes a clause's bitmap only where the row's eligibility changed: the row's facts are in the cache
     * by then, the clauses' bitmaps are not.
     */
    @Override
    public void rowChanged(int row, Set<String> facts) {
        List<ClauseState> order = factIndex.order();
        boolean live = table.live().contains(row);
        boolean liveChanged = wasLive != live;
        tests.rowChanged(row, facts, liveChanged);
        boolean[] done = new boolean[order.size()];
        for (String fact : liveChanged ? factIndex.readers().keySet() : facts) {
            int[] readers = factIndex.readers().get(fact);
            if (readers == null) {
                continue;
            }
            for (int position : readers) {
                if (!done[position]) {
                    done[position] = true;
                    update(order.get(position), row, live, before[position]);
                }
            }
        }
        if (liveChanged) {
            for (int position = 0; position < done.length; position++) {
                if (!done[position]) {
                    update(order.get(position), row, live, before[position]);
                }
            }
        }
    }

    private static void update(ClauseState state, int row, boolean live, boolean wasEligible) {
        boolean eligible = live && state.program().holds(row);
        if (eligible != wasEligible) {
            if (eligible) {
                state.rows().add(row);
            } else {
                state.rows().remove(row);
            }
        }
    }

    /** Returns the number of distinct tests the registered clauses use; a test no clause uses is dropped. */
    public int indexedTests() {
        return read(tests::size);
    }

    /** Returns how many numbers and columns the registered clauses' tests share, each with its index once built. */
    int sharedReads() {
        return read(tests::sharedReads);
    }

    /** Detaches the matcher from its table and drops its clauses; it answers nothing afterwards. */
    @Override
    public void close() {
        Lock lock = table.lock().writeLock();
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                table.removeListener(this);
                clauses.values().forEach(state -> state.program().release());
                clauses.clear();
                factIndex = null;
            }
        } finally {
            lock.unlock();
        }
    }

    ClauseProgram program(CompiledClause clause) {
        return new ClauseProgram(clause, table, tests, runtime, clause.draft().isValidOn(evaluationDate));
    }

    ClauseProgram program(String clauseId) {
        return state(clauseId).program();
    }

    Optional<RoaringBitmap> registeredRows(String clauseId) {
        return Optional.ofNullable(clauses.get(clauseId)).map(ClauseState::rows);
    }

    private RoaringBitmap rows(String clauseId) {
        return state(clauseId).rows();
    }

    private ClauseState state(String clauseId) {
        ClauseState state = clauses.get(clauseId);
        if (state == null) {
            throw new IllegalArgumentException("no clause registered with id " + clauseId);
        }
        return state;
    }

    int rowOf(String enterpriseKey) {
        return table.rowOf(enterpriseKey)
                .orElseThrow(() -> new IllegalArgumentException("no enterprise with key " + enterpriseKey));
    }

    FactTable table() {
        return table;
    }

    ClauseTotals clauseTotals() {
        return totals;
    }

    /** Runs the action under the read lock. */
    <T> T read(Supplier<T> action) {
        return locked(table.lock().readLock(), action);
    }

    private <T> T write(Supplier<T> action) {
        return locked(table.lock().writeLock(), action);
    }

    private <T> T locked(Lock lock, Supplier<T> action) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the matcher is closed");
            }
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
