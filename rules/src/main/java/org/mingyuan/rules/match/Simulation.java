package org.mingyuan.rules.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingyuan.rules.clause.CompiledClause;
import org.roaringbitmap.RoaringBitmap;

/**
 * Runs a draft clause, or a changed version of a published one, against the registry without
 * registering it: how many qualify, the total amount, breakdowns, and the change against the
 * published version.
 */
public final class Simulation {

    private final Matcher matcher;

    /** Creates a simulation over the matcher's table and published clauses. */
    public Simulation(Matcher matcher) {
        this.matcher = matcher;
    }

    /**
     * Simulates a compiled draft.
     *
     * @param draft the draft; when a clause with its id is registered, the result compares with it
     * @param breakdownFacts enumeration facts to break the totals down by, e.g. park, size class,
     *     chain segment
     */
    public SimulationResult simulate(CompiledClause draft, List<String> breakdownFacts) {
        return matcher.read(() -> {
            ClauseProgram program = matcher.program(draft);
            try {
                ClauseTotals sums = matcher.clauseTotals();
                RoaringBitmap rows = program.eligibleRows();
                Totals totals = sums.total(program, rows);
                Map<String, Map<String, Totals>> breakdown = new LinkedHashMap<>();
                for (String fact : breakdownFacts) {
                    breakdown.put(fact, sums.totalsBy(program, rows, fact));
                }
                Optional<SimulationResult.Difference> difference = matcher.registeredRows(draft.id())
                        .map(current -> {
                            Totals published = sums.total(matcher.program(draft.id()), current);
                            return new SimulationResult.Difference(
                                    published,
                                    RoaringBitmap.andNotCardinality(rows, current),
                                    RoaringBitmap.andNotCardinality(current, rows),
                                    totals.amount() - published.amount());
                        });
                return new SimulationResult(draft.id(), totals, breakdown, difference);
            } finally {
                program.release();
            }
        });
    }
}
