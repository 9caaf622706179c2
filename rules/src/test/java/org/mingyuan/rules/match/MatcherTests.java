package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.clause.ClauseDraft;

class MatcherTests {

    private final ParkFixture park = new ParkFixture()
            .enterprise("A", "revenue", 800.0, "staff", 30L, "park", "LOUDI", "certifications", List.of("CAC_FILING"))
            .enterprise("B", "revenue", 320.0, "staff", 12L, "park", "LOUDI", "certifications", List.of())
            .enterprise("C", "staff", 50L, "park", "YANGPU", "certifications", List.of("CAC_FILING"));

    @Test
    void answersEligibleEnterprisesAndClausesWithCappedAmounts() {
        park.register(
                "R", "revenue >= 500.0 && 'CAC_FILING' in certifications", "min(3000000.0, revenue * 10000.0 * 0.5)");
        park.register("S", "staff >= 10", "100000");

        assertThat(park.matcher.eligibleEnterprises("R")).containsExactly("A");
        assertThat(park.matcher.eligibleClauses("A"))
                .containsExactly(
                        new Entitlement("R", OptionalDouble.of(3_000_000)),
                        new Entitlement("S", OptionalDouble.of(100_000)));
    }

    @Test
    void missingFactMakesConditionUnmetEvenUnderNegation() {
        park.register("LOW", "!(revenue >= 500.0)", "1");
        park.register("EITHER", "revenue >= 500.0 || staff >= 40", "1");

        assertThat(park.matcher.eligibleEnterprises("LOW")).containsExactly("B");
        assertThat(park.matcher.eligibleEnterprises("EITHER")).containsExactly("A", "C");
    }

    @Test
    void rematchesAnEnterpriseWhenItsFactsChangeOrItLeaves() {
        park.register("R", "revenue >= 500.0", "1");

        park.enterprise("B", "revenue", 600.0, "park", "LOUDI");
        park.table.remove("A");

        assertThat(park.matcher.eligibleEnterprises("R")).containsExactly("B");
    }

    @Test
    void replacedAndWithdrawnClausesAreRematched() {
        park.register("R", "revenue >= 500.0", "1");
        park.register("R", "revenue >= 300.0", "1");
        assertThat(park.matcher.eligibleEnterprises("R")).containsExactly("A", "B");

        assertThat(park.matcher.withdraw("R")).isTrue();
        assertThat(park.matcher.clauseIds()).isEmpty();
    }

    @Test
    void clauseOutsideItsWindowMatchesNobody() {
        park.matcher.register(park.compiler.compile(ClauseDraft.of("OLD", "staff >= 1", "1")
                .validBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))));

        assertThat(park.matcher.eligibleEnterprises("OLD")).isEmpty();
    }

    @Test
    void foundingAgeComparesWithTheEvaluationDate() {
        park.enterprise("NEW", "founded", ParkFixture.TODAY.minusYears(3).plusDays(1))
                .enterprise("OLD", "founded", ParkFixture.TODAY.minusYears(3));
        park.register("YOUNG", "yearsSince(founded) < 3", "1");

        assertThat(park.matcher.eligibleEnterprises("YOUNG")).containsExactly("NEW");
    }

    @Test
    void totalsGroupCountsAndAmountsByEnumerationFact() {
        park.register("S", "staff >= 10", "double(staff) * 1000.0");

        assertThat(park.matcher.totalsBy("S", "park"))
                .containsEntry("LOUDI", new Totals(2, 42_000, 0))
                .containsEntry("YANGPU", new Totals(1, 50_000, 0));
    }

    @Test
    void totalsOfEveryClauseCountItsEnterprisesAndAddTheirKnownAmounts() {
        park.register("S", "staff >= 10", "double(staff) * 1000.0");
        park.register("R", "staff >= 10", "revenue * 10.0");

        assertThat(park.matcher.totals())
                .containsExactly(Map.entry("R", new Totals(3, 11_200, 1)), Map.entry("S", new Totals(3, 92_000, 0)));
    }
}
