package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerTests {

    private final ParkFixture park = new ParkFixture()
            .enterprise("B", "revenue", 320.0, "park", "LOUDI", "certifications", List.of("VIRTUAL_CURRENCY"));

    @Test
    void explainsEachConditionWithRequiredAndCurrentValueInBothLanguages() {
        park.register("R", "revenue >= 500.0 && park == 'LOUDI'", "1");

        Explanation explanation = new Explainer(park.matcher).explain("B", "R");

        assertThat(explanation.eligible()).isFalse();
        assertThat(explanation.checks())
                .containsExactly(
                        new Check(
                                0,
                                Check.Outcome.FAIL,
                                "营业收入需 ≥ 500 万元，当前 320 万元",
                                "revenue must be ≥ 500 10k CNY; currently 320 10k CNY"),
                        new Check(
                                0, Check.Outcome.PASS, "所在园区需为 LOUDI，当前 LOUDI", "park must be LOUDI; currently LOUDI"));
    }

    @Test
    void saysWhenAFactIsMissing() {
        park.register("S", "staff >= 10", "1");

        Check check = new Explainer(park.matcher).explain("B", "S").checks().get(0);

        assertThat(check.outcome()).isEqualTo(Check.Outcome.MISSING);
        assertThat(check.zh()).isEqualTo("员工人数需 ≥ 10 人，当前缺少该项数据");
        assertThat(check.en()).isEqualTo("staff must be ≥ 10 people; the value is missing");
    }

    @Test
    void statesNegatedConditionsAsPositiveRequirements() {
        park.register("N", "!('VIRTUAL_CURRENCY' in certifications || revenue < 100.0)", "1");

        List<Check> checks = new Explainer(park.matcher).explain("B", "N").checks();

        assertThat(checks)
                .extracting(Check::zh)
                .containsExactly(
                        "需同时满足以下 2 项", "资质认定不得包含 VIRTUAL_CURRENCY，当前 VIRTUAL_CURRENCY", "营业收入需 ≥ 100 万元，当前 320 万元");
        assertThat(checks)
                .extracting(Check::outcome)
                .containsExactly(Check.Outcome.FAIL, Check.Outcome.FAIL, Check.Outcome.PASS);
    }
}
