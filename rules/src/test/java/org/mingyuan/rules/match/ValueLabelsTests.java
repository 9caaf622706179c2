package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueLabelsTests {

    private static final Map<String, ValueLabels.Label> NAMES = Map.of(
            "park/LOUDI", new ValueLabels.Label("娄底区块链产业园", "Loudi Blockchain Park"),
            "park/YANGPU", new ValueLabels.Label("杨浦基地", "Yangpu Base"),
            "certifications/CAC_FILING", new ValueLabels.Label("区块链信息服务备案", "CAC filing"));

    private static final ValueLabels LABELS = (fact, code) -> NAMES.get(fact + "/" + code);

    private final ParkFixture park = new ParkFixture()
            .enterprise("IN", "park", "LOUDI", "certifications", List.of("CAC_FILING"), "revenue", 900.0)
            .enterprise("OUT", "park", "YANGPU", "certifications", List.of("CAC_FILING"), "revenue", 900.0);

    @Test
    void nearMissesNameCodesByTheirLabels() {
        park.register("R", "park in ['LOUDI', 'HUANGPU'] && 'CAC_FILING' in certifications", "1");

        List<NearMiss> misses = new NearMisses(park.matcher, LABELS).of("R");

        assertThat(misses)
                .extracting(NearMiss::conditionZh)
                .containsExactly("所在园区需为 娄底区块链产业园、HUANGPU 之一", "资质认定需包含 区块链信息服务备案");
        assertThat(misses.get(0).conditionEn()).isEqualTo("park must be one of Loudi Blockchain Park, HUANGPU");
        assertThat(misses.get(0).enterprises()).containsExactly("OUT");
    }

    @Test
    void explanationsNameTheRequiredAndTheCurrentValues() {
        park.register("R", "park == 'LOUDI' && !('CAC_FILING' in certifications)", "1");

        Explanation explanation = new Explainer(park.matcher, LABELS).explain("OUT", "R");

        assertThat(explanation.checks())
                .extracting(Check::zh)
                .containsExactly("所在园区需为 娄底区块链产业园，当前 杨浦基地", "资质认定不得包含 区块链信息服务备案，当前 区块链信息服务备案");
        assertThat(explanation.checks().get(0).en())
                .isEqualTo("park must be Loudi Blockchain Park; currently Yangpu Base");
    }

    @Test
    void withoutLabelsCodesAreShownAsTheyAre() {
        park.register("R", "park == 'LOUDI'", "1");

        assertThat(new Explainer(park.matcher)
                        .explain("OUT", "R")
                        .checks()
                        .get(0)
                        .zh())
                .isEqualTo("所在园区需为 LOUDI，当前 YANGPU");
    }

    @Test
    void amountOfIsTheEligibleEnterprisesAmountAndEmptyOtherwise() {
        park.register("R", "park == 'LOUDI'", "revenue * 10.0");

        assertThat(park.matcher.amountOf("R", "IN")).hasValue(9000.0);
        assertThat(park.matcher.amountOf("R", "OUT")).isEmpty();
        assertThat(park.matcher.amountOf("R", "NOBODY")).isEmpty();
    }
}
