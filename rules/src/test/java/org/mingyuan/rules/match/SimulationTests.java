package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTests {

    @Test
    void reportsTotalsBreakdownAndChangeAgainstThePublishedVersion() {
        ParkFixture park = new ParkFixture()
                .enterprise("A", "revenue", 800.0, "park", "LOUDI", "sizeClass", "small")
                .enterprise("B", "revenue", 320.0, "park", "LOUDI", "sizeClass", "micro")
                .enterprise("C", "revenue", 150.0, "park", "YANGPU", "sizeClass", "micro");
        park.register("R", "revenue >= 500.0", "revenue * 100.0");

        SimulationResult result = new Simulation(park.matcher)
                .simulate(park.compile("R", "revenue >= 300.0", "revenue * 100.0"), List.of("park", "sizeClass"));

        assertThat(result.totals()).isEqualTo(new Totals(2, 112_000, 0));
        assertThat(result.breakdown().get("sizeClass"))
                .containsEntry("small", new Totals(1, 80_000, 0))
                .containsEntry("micro", new Totals(1, 32_000, 0));
        assertThat(result.againstCurrent())
                .hasValue(new SimulationResult.Difference(new Totals(1, 80_000, 0), 1, 0, 32_000));
        assertThat(park.matcher.eligibleEnterprises("R")).containsExactly("A");
    }
}
