package org.mingyuan.rules.match;

import dev.cel.runtime.CelRuntime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mingyuan.rules.clause.CelRules;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.clause.Condition;
import org.mingyuan.rules.schema.FactType;
import org.mingyuan.rules.table.CodeColumn;
import org.mingyuan.rules.table.FactTable;
import org.mingyuan.rules.table.RowListener;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * Keeps, for every registered clause, the bitmap of eligible enterprises, and answers the
 * questions of precise push: who is eligible for a clause, which clauses an enterprise is
 * eligible for and how much, and totals grouped by an enumeration fact.
 *
 * <p>Every answer is taken under the table's read lock and every change under its write lock,
 * so answers never mix states. Returned bitmaps are copies.
 */
public final class Matcher implements RowListener {

    private final FactTable table;
    private final LocalDate evaluationDate;
    private final CelRuntime runtime;
    private final TestIndex tests;
    private final ConditionBitmaps bitmaps;
    private final Map<String, ClauseState> clauses = new ConcurrentHashMap<>();

    private List<ClauseState> order;
    private int[] anchors;
    private boolean[] before = new boolean[0];

    /** A registered clause and the rows of the enterprises eligible for it. */
    record ClauseState(ClauseProgram program, RoaringBitmap rows) {}

    /** Creates a matcher over the table that evaluates dates against the evaluation date. */
    public Matcher(FactTable table, LocalDate evaluationDate) {
        this.table = table;
        this.evaluationDate = evaluationDate;
        this.runtime = CelRules.runtime(evaluationDate);
        this.tests = new TestIndex(table, new YearsThresholds(evaluationDate));
        this.bitmaps = new ConditionBitmaps(table, tests);
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

    /** Adds or replaces several clauses, matching them in parallel. */
    public void registerAll(Collection<CompiledClause> clauses) {
        write(() -> {
            clauses.parallelStream().forEach(clause -> {
                ClauseProgram program = program(clause);
                RoaringBitmap rows = bitmaps.eligible(program);
                this.clauses.put(clause.id(), new ClauseState(program, rows));
            });
            order = null;
            return null;
        });
    }

    /** Withdraws a clause; returns false when it was not registered. */
    public boolean withdraw(String clauseId) {
        return write(() -> {
            order = null;
            return clauses.remove(clauseId) != null;
        });
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
                    found.put(id, new Entitlement(id, state.program().amount(table, row)));
                }
            });
            return List.copyOf(found.values());
        });
    }

    /** Returns count and amount of a clause's eligible enterprises per value of an enumeration fact. */
    public Map<String, Totals> totalsBy(String clauseId, String enumerationFact) {
        return read(() -> totals(program(clauseId), rows(clauseId), enumerationFact));
    }

    /**
     * Returns the count and amount of every registered clause over the whole registry, by clause id; the clauses are
     * totalled in parallel, as {@link #registerAll} matches them.
     */
    public Map<String, Totals> totals() {
        return read(() -> clauses.entrySet().parallelStream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> total(
                                entry.getValue().program(), entry.getValue().rows()),
                        (a, b) -> a,
                        TreeMap::new)));
    }

    /** Returns count and amount over the rows, grouped by the fact's values ("" for missing). */
    Map<String, Totals> totals(ClauseProgram program, RoaringBitmap rows, String fact) {
        if (table.column(fact).fact().type() != FactType.ENUMERATION || !(table.column(fact) instanceof CodeColumn)) {
            throw new IllegalArgumentException("fact " + fact + " is not an enumeration");
        }
        CodeColumn column = (CodeColumn) table.column(fact);
        Map<String, Totals> totals = new TreeMap<>();
        rows.forEach((int row) -> {
            String value = column.text(row);
            totals.merge(value == null ? "" : value, Totals.NONE.plus(program.amount(table, row)), Matcher::sum);
        });
        return totals;
    }

    /** Returns count and amount over all the rows. */
    Totals total(ClauseProgram program, RoaringBitmap rows) {
        double amount = 0;
        long unknown = 0;
        for (IntIterator row = rows.getIntIterator(); row.hasNext(); ) {
            OptionalDouble one = program.amount(table, row.next());
            if (one.isPresent()) {
                amount += one.getAsDouble();
            } else {
                unknown++;
            }
        }
        return new Totals(rows.getLongCardinality(), amount, unknown);
    }

    private static Totals sum(Totals a, Totals b) {
        return new Totals(a.count() + b.count(), a.amount() + b.amount(), a.amountUnknown() + b.amountUnknown());
    }

    @Override
    public void rowChanging(int row) {
        tests.rowChanging(row);
        if (order == null) {
            order = List.copyOf(clauses.values());
            anchors = order.stream().mapToInt(state -> anchor(state.program())).toArray();
        }
        before = eligibility(row, order);
    }

    /**
     * Picks the id of the rarest test among the top-level conditions of a clause, or -1: a row
     * that fails it is not eligible, which an update can learn from one array read.
     */
    private int anchor(ClauseProgram program) {
        RowNode root = program.root();
        List<RowNode> parts = root.condition() instanceof Condition.All ? root.children() : List.of(root);
        int anchor = -1;
        long rarest = Long.MAX_VALUE;
        for (RowNode part : parts) {
            if (part.testId() >= 0) {
                long count = tests.trueRows(tests.interned(part.testId())).getLongCardinality();
                if (count < rarest) {
                    rarest = count;
                    anchor = part.testId();
                }
            }
        }
        return anchor;
    }

    @Override
    public void rowChanged(int row, Set<String> facts) {
        tests.rowChanged(row, facts);
        boolean[] after = eligibility(row, order);
        for (int i = 0; i < after.length; i++) {
            if (after[i] != before[i]) {
                if (after[i]) {
                    order.get(i).rows().add(row);
                } else {
                    order.get(i).rows().remove(row);
                }
            }
        }
    }

    private boolean[] eligibility(int row, List<ClauseState> states) {
        boolean[] eligible = new boolean[states.size()];
        if (table.live().contains(row)) {
            RowContext context = new RowContext(table, tests, row);
            for (int i = 0; i < eligible.length; i++) {
                int anchor = anchors[i];
                eligible[i] = (anchor < 0 || context.test(anchor) == Truth.TRUE)
                        && states.get(i).program().eligible(context);
            }
        }
        return eligible;
    }

    /** Returns the number of distinct indexed tests shared by the registered clauses. */
    public int indexedTests() {
        return read(tests::size);
    }

    ClauseProgram program(CompiledClause clause) {
        return new ClauseProgram(clause, tests, runtime, clause.draft().isValidOn(evaluationDate));
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

    TestIndex tests() {
        return tests;
    }

    ConditionBitmaps bitmaps() {
        return bitmaps;
    }

    /** Runs the action under the read lock. */
    <T> T read(Supplier<T> action) {
        return locked(table.lock().readLock(), action);
    }

    private <T> T write(Supplier<T> action) {
        return locked(table.lock().writeLock(), action);
    }

    private static <T> T locked(Lock lock, Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
