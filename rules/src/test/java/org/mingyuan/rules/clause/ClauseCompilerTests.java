package org.mingyuan.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.Unit;

class ClauseCompilerTests {

    private static final FactSchema SCHEMA = FactSchema.builder()
            .decimal("revenue", "营业收入", "revenue", Unit.of("万元", "10k CNY"))
            .integer("staff", "员工人数", "staff", Unit.of("人", "people"))
            .enumeration("park", "所在园区", "park", List.of("LOUDI", "YANGPU"))
            .textSet("certifications", "资质认定", "certifications", 16)
            .date("founded", "成立日期", "founding date")
            .build();

    private final ClauseCompiler compiler = new ClauseCompiler(SCHEMA);

    private List<ClauseError> errors(String eligibility, String amount) {
        try {
            compiler.compile(ClauseDraft.of("X", eligibility, amount));
        } catch (ClauseRejectedException e) {
            return e.errors();
        }
        throw new AssertionError("clause was accepted");
    }

    @Test
    void rejectsMalformedExpressionNamingThePosition() {
        assertThat(errors("revenue >= ", "1"))
                .singleElement()
                .satisfies(e -> assertThat(e.part()).isEqualTo(ClauseError.Part.ELIGIBILITY))
                .satisfies(e -> assertThat(e.column()).isEqualTo(12));
    }

    @Test
    void rejectsComparisonOfNumberWithText() {
        assertThat(errors("revenue >= 'many'", "1"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.message()).contains("decimal, text").contains("expected"));
    }

    @Test
    void rejectsEligibilityThatIsNotACondition() {
        assertThat(errors("revenue * 2.0", "1"))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.message()).isEqualTo("the expression gives decimal; expected a yes/no condition"));
    }

    @Test
    void rejectsAmountExpressionOfWrongType() {
        assertThat(errors("staff >= 10", "'lots'"))
                .singleElement()
                .satisfies(e -> assertThat(e.part()).isEqualTo(ClauseError.Part.AMOUNT))
                .satisfies(e -> assertThat(e.message()).contains("expected an amount in CNY"));
    }

    @Test
    void rejectsUnknownFactListingTheKnownOnes() {
        assertThat(errors("revenu >= 500.0", "1"))
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .startsWith("unknown name 'revenu'")
                        .contains("revenue, staff"));
    }

    @Test
    void rejectsEnumerationValueOutsideItsList() {
        assertThat(errors("park == 'LOUDl'", "1"))
                .singleElement()
                .satisfies(e -> assertThat(e.column()).isEqualTo(9))
                .satisfies(e ->
                        assertThat(e.message()).contains("no value 'LOUDl'").contains("[LOUDI, YANGPU]"));
    }

    @Test
    void rejectsDateThatIsNotADate() {
        assertThat(errors("founded >= date('2024-02-30')", "1"))
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("expected yyyy-MM-dd"));
    }

    @Test
    void rejectsExpressionsAboveTheCostLimit() {
        String nested = "certifications.all(a, certifications.all(b, certifications.all(c, a + b + c != 'x')))";

        assertThat(errors(nested, "1"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.message()).contains("estimated cost").contains("exceeds the limit"));
    }

    @Test
    void splitsIndexableTestsFromResidualParts() {
        CompiledClause clause = compiler.compile(ClauseDraft.of(
                "X",
                "500.0 <= revenue && park in ['LOUDI'] && 'CAC' in certifications && size(certifications) > 2",
                "1"));

        assertThat(clause.condition())
                .isInstanceOfSatisfying(
                        Condition.All.class,
                        all -> assertThat(all.parts())
                                .startsWith(
                                        new org.mingyuan.rules.clause.Test.DecimalCompare(
                                                "revenue", Op.GE, 500.0, false),
                                        new org.mingyuan.rules.clause.Test.OneOf("park", List.of("LOUDI")),
                                        new org.mingyuan.rules.clause.Test.Includes("certifications", "CAC"))
                                .last()
                                .isInstanceOf(Condition.Residual.class));
    }

    @Test
    void readsAmountAsColumnFormulaWhenItCan() {
        CompiledClause clause = compiler.compile(ClauseDraft.of("X", "true", "min(6000000.0, revenue * 600.0)"));

        assertThat(clause.formula())
                .hasValue(new Formula.Extreme(
                        true,
                        new Formula.Constant(6_000_000),
                        new Formula.Arithmetic('*', new Formula.FactValue("revenue"), new Formula.Constant(600))));
    }

    @Test
    void rejectsEmptyValidityWindowAndNegativeCap() {
        assertThatThrownBy(() -> compiler.compile(ClauseDraft.of("X", "true", "1")
                        .withCap(-1)
                        .validBetween(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2024, 1, 1))))
                .isInstanceOfSatisfying(
                        ClauseRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(ClauseError::part)
                                .containsExactly(ClauseError.Part.CAP, ClauseError.Part.VALIDITY));
    }
}
