package org.mingyuan.rules.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mingyuan.rules.synth.Workload;

class BenchOptionsTests {

    @Test
    void theTemplateWorkloadIsTheDefault() {
        assertThat(BenchOptions.parse(new String[] {"--clauses", "500"}).workload())
                .isEqualTo(Workload.TEMPLATES);
    }

    @Test
    void theDiverseWorkloadIsChosenByName() {
        assertThat(BenchOptions.parse(new String[] {"--workload", "diverse"}).workload())
                .isEqualTo(Workload.DIVERSE);
    }

    @Test
    void anUnknownWorkloadIsRefusedByName() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--workload", "random"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown workload random; expected templates or diverse");
    }

    @Test
    void theDuckDbPeerRunsUnlessTurnedOff() {
        assertThat(BenchOptions.parse(new String[] {"--clauses", "500"}).duckdb())
                .isTrue();
        assertThat(BenchOptions.parse(new String[] {"--duckdb", "off"}).duckdb())
                .isFalse();
        assertThat(BenchOptions.parse(new String[] {"--duckdb", "on"}).duckdb()).isTrue();
    }

    @Test
    void theDuckDbOptionTakesOnlyOnOrOff() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--duckdb", "no"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option --duckdb takes on or off, not no");
    }
}
