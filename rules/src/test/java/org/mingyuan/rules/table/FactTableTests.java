package org.mingyuan.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
            .text("name", "名称", "name")
            .decimal("revenue", "营业收入", "revenue", Unit.NONE)
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

    @Test
    void aBatchWithOneBadValueChangesNothingAndNamesTheEnterprise() {
        table.upsert("A", Map.of("staff", 3));
        Map<String, Map<String, Object>> batch = new LinkedHashMap<>();
        batch.put("A", Map.of("staff", 4L));
        batch.put("B", Map.of("staff", 5L));
        batch.put("C", Map.of("staff", "many"));

        assertThatThrownBy(() -> table.upsertAll(batch)).hasMessageStartingWith("enterprise C: fact staff wants");
        Map<String, Map<String, Object>> missing = new LinkedHashMap<>();
        missing.put("D", null);
        assertThatThrownBy(() -> table.upsertAll(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("enterprise D: no facts given");
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.column("staff").celValue(0)).isEqualTo(3L);
    }

    @Test
    void aBatchWritesWhatOneByOneWritesWithOrWithoutListeners() {
        FactTable oneByOne = new FactTable(table.schema());
        FactTable heard = new FactTable(table.schema());
        List<Integer> changes = new ArrayList<>();
        heard.addListener((row, facts) -> changes.add(row));
        Map<String, Map<String, Object>> batch = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> facts = new HashMap<>();
            if (i % 3 != 0) {
                facts.put("staff", (long) i);
                facts.put("revenue", i * 1.5);
                facts.put("name", "n" + (i % 7));
                facts.put("park", "LOUDI");
                facts.put("certifications", List.of(i % 2 == 0 ? "CAC" : "ISO"));
            }
            batch.put("E" + i, facts);
        }
        batch.forEach(oneByOne::upsert);
        oneByOne.upsert("E1", Map.of());
        Map<String, Map<String, Object>> again = new LinkedHashMap<>(Map.of("E1", Map.of()));

        table.upsertAll(batch);
        table.upsertAll(again);
        heard.upsertAll(batch);
        heard.upsertAll(again);

        assertThat(changes).hasSize(301);
        for (FactTable loaded : List.of(table, heard)) {
            assertThat(loaded.live()).isEqualTo(oneByOne.live());
            for (String fact : List.of("staff", "revenue", "name", "park", "certifications")) {
                for (int row = 0; row < oneByOne.rowCount(); row++) {
                    assertThat(loaded.column(fact).celValue(row))
                            .as("%s of row %d", fact, row)
                            .isEqualTo(oneByOne.column(fact).celValue(row));
                }
                assertThat(loaded.column(fact).present())
                        .isEqualTo(oneByOne.column(fact).present());
            }
            assertThat(((CodeColumn) loaded.column("name")).rowsWith("n2"))
                    .isEqualTo(((CodeColumn) oneByOne.column("name")).rowsWith("n2"));
        }
    }

    @Test
    void freeTextGetsTheBitmapOfAValueWhenAskedAndKeepsItCurrent() {
        table.upsert("A", Map.of("name", "甲"));
        table.upsert("B", Map.of("name", "乙"));
        CodeColumn names = (CodeColumn) table.column("name");

        assertThat(names.rowsWith("甲").toArray()).containsExactly(0);
        table.upsert("B", Map.of("name", "甲"));
        table.upsert("A", Map.of("name", "丙"));
        assertThat(names.rowsWith("甲").toArray()).containsExactly(1);
        assertThat(names.rowsWith("丙").toArray()).containsExactly(0);
        table.remove("B");
        assertThat(names.rowsWith("甲").isEmpty()).isTrue();
    }
}
