package org.mingyuan.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.Unit;

class FactTableTests {

    private final FactTable table = new FactTable(FactSchema.builder()
            .integer("staff", "员工人数", "staff", Unit.of("人", "people"))
            .enumeration("park", "所在园区", "park", List.of("LOUDI"))
            .textSet("certifications", "资质认定", "certifications", 2)
            .build());

    @Test
    void keepsTheRowOfAnEnterpriseAcrossUpdates() {
        int row = table.upsert("A", Map.of("staff", 3));
        table.upsert("B", Map.of());

        assertThat(table.upsert("A", Map.of("staff", 4L))).isEqualTo(row);
        assertThat(table.column("staff").celValue(row)).isEqualTo(4L);
        assertThat(table.column("park").isPresent(row)).isFalse();
    }

    @Test
    void refusesValuesThatDoNotFitTheirFact() {
        assertThatThrownBy(() -> table.upsert("A", Map.of("staff", "many")))
                .hasMessage("fact staff wants a whole number, got String many");
        assertThatThrownBy(() -> table.upsert("A", Map.of("park", "MARS"))).hasMessageContaining("allowed: [LOUDI]");
        assertThatThrownBy(() -> table.upsert("A", Map.of("certifications", List.of("a", "b", "c"))))
                .hasMessageContaining("at most 2");
    }

    @Test
    void keepsOneBitmapPerValue() {
        table.upsert("A", Map.of("certifications", List.of("CAC", "ISO")));
        table.upsert("B", Map.of("certifications", List.of("CAC")));
        table.upsert("A", Map.of("certifications", List.of("ISO")));

        assertThat(((SetColumn) table.column("certifications")).rowsWith("CAC").toArray())
                .containsExactly(1);
    }
}
