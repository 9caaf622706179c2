package org.mingyuan.platform.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.Unit;
import org.mingyuan.rules.table.FactTable;
import org.roaringbitmap.RoaringBitmap;

/**
 * Carrying a bitmap of one table's rows over to another's by key agrees with looking each row's key up, whether the
 * tables hold their enterprises in the same rows or not.
 */
class RowMappingTests {

    private static final FactSchema SCHEMA =
            FactSchema.builder().integer("staff", "从业人员", "staff", Unit.NONE).build();

    @Test
    void tablesInTheSameOrderCarryEveryRowAsItIs() {
        List<String> keys = keys(1000);
        FactTable old = table(keys);
        FactTable next = table(keys);
        RowMapping rows = new RowMapping(old, next);
        RoaringBitmap some = RoaringBitmap.bitmapOf(0, 7, 500, 999);

        assertThat(rows.movedRows()).isZero();
        assertThat(rows.carry(some)).isEqualTo(some);
    }

    @Test
    void rowsAreCarriedByKeyWhenEnterprisesMovedOrLeft() {
        Random random = new Random(7);
        List<String> keys = keys(2000);
        FactTable old = table(keys);
        old.remove(keys.get(3));
        List<String> reordered = new ArrayList<>(keys);
        reordered.remove(3);
        reordered.remove(10);
        Collections.swap(reordered, 100, 1500);
        reordered.add("NEW-ONE");
        FactTable next = table(reordered);
        RowMapping rows = new RowMapping(old, next);

        for (int round = 0; round < 50; round++) {
            RoaringBitmap picked = new RoaringBitmap();
            for (int i = 0; i < 300; i++) {
                picked.add(random.nextInt(keys.size()));
            }
            RoaringBitmap expected = new RoaringBitmap();
            picked.forEach((int row) -> next.rowOf(old.keyOf(row)).ifPresent(expected::add));
            assertThat(rows.carry(picked)).isEqualTo(expected);
        }
        assertThat(rows.movedRows())
                .as("the rows after the first one taken out")
                .isEqualTo(keys.size() - 3);
    }

    private static List<String> keys(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add("E" + i);
        }
        return keys;
    }

    private static FactTable table(List<String> keys) {
        FactTable table = new FactTable(SCHEMA);
        keys.forEach(key -> table.upsert(key, Map.of("staff", 1L)));
        return table;
    }
}
