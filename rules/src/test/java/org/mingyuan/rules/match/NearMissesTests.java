package org.mingyuan.rules.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearMissesTests {

    @Test
    void groupsEnterprisesThatFailExactlyOneCondition() {
        ParkFixture park = new ParkFixture()
                .enterprise("OK", "revenue", 900.0, "staff", 20L, "park", "LOUDI")
                .enterprise("LOW", "revenue", 320.0, "staff", 20L, "park", "LOUDI")
                .enterprise("SMALL", "revenue", 900.0, "staff", 3L, "park", "LOUDI")
                .enterprise("BOTH", "revenue", 100.0, "staff", 3L, "park", "LOUDI")
                .enterprise("UNKNOWN", "staff", 20L, "park", "LOUDI");
        park.register("R", "revenue >= 500.0 && staff >= 10 && park == 'LOUDI'", "1");

        List<NearMiss> misses = new NearMisses(park.matcher).of("R");

        assertThat(misses)
                .extracting(NearMiss::conditionZh)
                .containsExactly("营业收入需 ≥ 500 万元", "员工人数需 ≥ 10 人", "所在园区需为 LOUDI");
        assertThat(misses)
                .extracting(NearMiss::enterprises)
                .containsExactly(List.of("LOW", "UNKNOWN"), List.of("SMALL"), List.of());
    }
}
