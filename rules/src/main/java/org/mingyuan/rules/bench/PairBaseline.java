package org.mingyuan.rules.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mingyuan.rules.match.CelBaseline;
import org.mingyuan.rules.match.Entitlement;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.table.FactTable;

/**
 * The matcher's work done pair by pair with plain CEL on sampled enterprises: for every sampled enterprise and every
 * clause, eligibility, and for an eligible pair its amount, as the per-clause totals need.
 */
final class PairBaseline {

    private final FactTable table;
    private final List<CelBaseline.Prepared> clauses;
    private final int[] rows;
    private final boolean[][] eligible;
    private final double[][] amounts;

    /** Prepares the clauses for the sampled rows. */
    PairBaseline(FactTable table, List<CelBaseline.Prepared> clauses, int[] rows) {
        this.table = table;
        this.clauses = clauses;
        this.rows = rows;
        this.eligible = new boolean[rows.length][clauses.size()];
        this.amounts = new double[rows.length][clauses.size()];
    }

    /** The number of pairs one run evaluates. */
    long pairs() {
        return (long) rows.length * clauses.size();
    }

    /** Evaluates every pair on {@code threads} threads, each taking an equal share of the rows; returns nanoseconds. */
    long run(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> shares = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) rows.length * t / threads);
                int to = (int) ((long) rows.length * (t + 1) / threads);
                shares.add(pool.submit(() -> evaluate(from, to)));
            }
            for (Future<?> share : shares) {
                share.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdown();
        }
    }

    private void evaluate(int from, int to) {
        for (int s = from; s < to; s++) {
            Map<String, Object> facts = CelBaseline.facts(table, rows[s]);
            for (int c = 0; c < clauses.size(); c++) {
                CelBaseline.Prepared clause = clauses.get(c);
                eligible[s][c] = clause.eligible(facts);
                amounts[s][c] = eligible[s][c] ? clause.amount(facts).orElse(Double.NaN) : 0;
            }
        }
    }

    /** Counts the pairs of the last run whose eligibility or amount differs from the matcher's. */
    long disagreements(Matcher matcher, List<String> clauseIds) {
        long disagreements = 0;
        for (int s = 0; s < rows.length; s++) {
            Map<String, OptionalDouble> entitled = new HashMap<>();
            for (Entitlement entitlement : matcher.eligibleClauses(table.keyOf(rows[s]))) {
                entitled.put(entitlement.clauseId(), entitlement.amount());
            }
            for (int c = 0; c < clauseIds.size(); c++) {
                OptionalDouble matched = entitled.get(clauseIds.get(c));
                boolean agrees = matched == null
                        ? !eligible[s][c]
                        : eligible[s][c] && Double.compare(matched.orElse(Double.NaN), amounts[s][c]) == 0;
                disagreements += agrees ? 0 : 1;
            }
        }
        return disagreements;
    }
}
