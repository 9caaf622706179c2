package org.mingyuan.rules.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.table.FactTable;

class DiverseClausesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final int CLAUSES = 1_000;

    @Test
    void theSameSeedGivesTheSameClausesAndAnotherSeedOthers() {
        List<ClauseDraft> first = Workload.DIVERSE.clauses(5, TODAY).clauses(200);

        assertThat(Workload.DIVERSE.clauses(5, TODAY).clauses(200)).isEqualTo(first);
        assertThat(Workload.DIVERSE.clauses(6, TODAY).clauses(200)).isNotEqualTo(first);
    }

    @Test
    void everyGeneratedClauseCompilesAndAboutThirtyPercentHaveAFormulaAmount() {
        ClauseCompiler compiler = new ClauseCompiler(DemoSchema.schema(RegistryShape.DIVERSE));
        List<ClauseDraft> clauses = Workload.DIVERSE.clauses(9, TODAY).clauses(CLAUSES);

        assertThatCode(() -> clauses.forEach(compiler::compile)).doesNotThrowAnyException();
        long formulas =
                clauses.stream().filter(c -> c.amount().startsWith("min(")).count();
        assertThat(formulas).isBetween(CLAUSES / 4L, CLAUSES * 7L / 20);
    }

    @Test
    void diverseClausesShareFarFewerTestsThanTemplateClauses() {
        int templates = distinctTests(Workload.TEMPLATES);
        int diverse = distinctTests(Workload.DIVERSE);

        assertThat(templates).isLessThan(CLAUSES / 5);
        assertThat(diverse).isGreaterThan(CLAUSES).isGreaterThan(10 * templates);
    }

    /** Registers the workload's clauses against a small registry and counts the distinct tests its index holds. */
    private static int distinctTests(Workload workload) {
        FactTable table = new FactTable(DemoSchema.schema(workload.shape()));
        SyntheticRegistry registry = new SyntheticRegistry(workload.shape(), 3, TODAY, 0.03);
        for (int i = 0; i < 500; i++) {
            table.upsert(SyntheticRegistry.key(i), registry.enterprise(i));
        }
        Matcher matcher = new Matcher(table, TODAY);
        ClauseCompiler compiler = new ClauseCompiler(table.schema());
        matcher.registerAll(workload.clauses(3, TODAY).clauses(CLAUSES).stream()
                .map(compiler::compile)
                .toList());
        return matcher.indexedTests();
    }
}
