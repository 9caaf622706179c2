package org.mingyuan.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.match.Totals;
import org.mingyuan.rules.synth.DemoSchema;
import org.mingyuan.rules.synth.SyntheticClause;
import org.mingyuan.rules.synth.SyntheticRegistry;
import org.mingyuan.rules.synth.Workload;
import org.mingyuan.rules.table.FactTable;

class DuckDbPeerTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final int FIRMS = 2_000;
    private static final int CLAUSES = 50;
    private static final long SEED = 4;

    @ParameterizedTest
    @EnumSource(Workload.class)
    void thePeerAgreesWithTheMatcherOnEveryClause(Workload workload) throws Exception {
        Run run = new Run(workload);

        DuckDbPeer.Disagreements disagreements = run.peerAnswers(UnaryOperator.identity());

        assertThat(run.clauses).allMatch(SyntheticClause::hasSql);
        assertThat(disagreements).isEqualTo(new DuckDbPeer.Disagreements(0, 0));
        assertThat(run.counts.values().stream().filter(count -> count > 0).count())
                .as("clauses someone is eligible for")
                .isGreaterThan(CLAUSES / 4);
        assertThat(run.totals.values().stream()
                        .flatMap(groups -> groups.values().stream())
                        .mapToLong(Totals::amountUnknown)
                        .sum())
                .as("eligible firms whose amount is unknown")
                .isPositive();
    }

    @Test
    void aPeerThatIgnoredTheCapWouldDisagreeOnTotalsOnly() throws Exception {
        Run run = new Run(Workload.TEMPLATES);

        DuckDbPeer.Disagreements disagreements = run.peerAnswers(c -> new SyntheticClause(
                new ClauseDraft(
                        c.id(),
                        c.draft().eligibility(),
                        c.draft().amount(),
                        null,
                        c.draft().validFrom(),
                        c.draft().validUntil()),
                c.sqlWhere(),
                c.sqlAmount()));

        assertThat(disagreements.counts()).isZero();
        assertThat(disagreements.totals()).isPositive();
    }

    @Test
    void aPeerThatCountedAnUnknownAmountAsZeroWouldDisagree() throws Exception {
        Run run = new Run(Workload.DIVERSE);

        DuckDbPeer.Disagreements disagreements = run.peerAnswers(
                c -> new SyntheticClause(c.draft(), c.sqlWhere(), "coalesce(" + c.sqlAmount() + ", 0)"));

        assertThat(disagreements.counts()).isZero();
        assertThat(disagreements.totals()).isPositive();
    }

    @Test
    void aPeerThatTookAnUnknownConditionForTrueWouldDisagreeOnCounts() throws Exception {
        Run run = new Run(Workload.TEMPLATES);

        DuckDbPeer.Disagreements disagreements = run.peerAnswers(
                c -> new SyntheticClause(c.draft(), "(" + c.sqlWhere() + ") IS NOT FALSE", c.sqlAmount()));

        assertThat(disagreements.counts()).isPositive();
    }

    /** A small registry in the matcher and the workload's clauses registered. */
    private static final class Run {

        final Workload workload;
        final SyntheticRegistry registry;
        final Matcher matcher;
        final List<SyntheticClause> clauses;
        Map<String, Long> counts;
        Map<String, Map<String, Totals>> totals;

        Run(Workload workload) {
            this.workload = workload;
            this.registry = new SyntheticRegistry(workload.shape(), SEED, TODAY, 0.03);
            FactTable table = new FactTable(DemoSchema.schema(workload.shape()));
            for (int i = 0; i < FIRMS; i++) {
                table.upsert(SyntheticRegistry.key(i), registry.enterprise(i));
            }
            this.matcher = new Matcher(table, TODAY);
            this.clauses = workload.clauses(SEED, TODAY).generate(CLAUSES);
            ClauseCompiler compiler = new ClauseCompiler(table.schema());
            matcher.registerAll(
                    clauses.stream().map(c -> compiler.compile(c.draft())).toList());
        }

        /** Loads the registry into the peer and compares its answers, for the clauses as changed, with the matcher's. */
        DuckDbPeer.Disagreements peerAnswers(UnaryOperator<SyntheticClause> change) throws Exception {
            List<SyntheticClause> changed = clauses.stream().map(change).toList();
            try (DuckDbPeer peer = new DuckDbPeer(2, TODAY)) {
                peer.load(DemoSchema.schema(workload.shape()), registry, FIRMS);
                counts = peer.eligibleCounts(changed);
                totals = peer.totalsBy(changed, DuckDbPeer.GROUP);
            }
            return DuckDbPeer.compare(matcher, counts, totals, DuckDbPeer.GROUP);
        }
    }
}
