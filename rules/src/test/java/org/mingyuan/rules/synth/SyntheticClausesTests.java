package org.mingyuan.rules.synth;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.clause.ClauseCompiler;

class SyntheticClausesTests {

    @Test
    void everyGeneratedClauseCompiles() {
        ClauseCompiler compiler = new ClauseCompiler(DemoSchema.schema());
        LocalDate today = LocalDate.of(2026, 6, 30);

        assertThatCode(() -> new SyntheticClauses(9, today).clauses(300).forEach(compiler::compile))
                .doesNotThrowAnyException();
    }
}
