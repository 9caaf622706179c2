package org.mingyuan.rules.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.Unit;

/** Random enterprises with small value domains, so that clause boundaries are hit often. */
final class RandomRegistry {

    static final LocalDate TODAY = LocalDate.of(2028, 2, 29);
    static final List<String> ENUM_VALUES = List.of("a", "b", "c", "d");
    static final List<String> SET_VALUES = List.of("x", "y", "z", "w");
    static final List<String> TEXT_VALUES = List.of("foo", "far", "bar", "");
    static final FactSchema SCHEMA = FactSchema.builder()
            .integer("i", "整数", "whole", Unit.of("个", "pieces"))
            .decimal("d", "小数", "decimal", Unit.of("万元", "10k CNY"))
            .date("day", "日期", "day")
            .text("t", "文本", "text")
            .enumeration("e", "枚举", "enumeration", ENUM_VALUES)
            .textSet("s", "集合", "set", 4)
            .bool("b", "是否", "flag")
            .build();

    private final SplittableRandom random;
    private final double missingRate;

    RandomRegistry(long seed, double missingRate) {
        this.random = new SplittableRandom(seed);
        this.missingRate = missingRate;
    }

    static String day(SplittableRandom random) {
        LocalDate[] anchors = {TODAY, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1)};
        return anchors[random.nextInt(anchors.length)]
                .minusYears(random.nextInt(-1, 5))
                .plusDays(random.nextInt(-2, 3))
                .toString();
    }

    Map<String, Object> enterprise() {
        Map<String, Object> facts = new HashMap<>();
        put(facts, "i", (long) random.nextInt(-2, 12));
        put(facts, "d", random.nextInt(0, 9) * 0.5);
        put(facts, "day", LocalDate.parse(day(random)));
        put(facts, "t", TEXT_VALUES.get(random.nextInt(TEXT_VALUES.size())));
        put(facts, "e", ENUM_VALUES.get(random.nextInt(ENUM_VALUES.size())));
        List<String> set = new ArrayList<>();
        for (String value : SET_VALUES) {
            if (random.nextInt(3) == 0) {
                set.add(value);
            }
        }
        put(facts, "s", set);
        put(facts, "b", random.nextBoolean());
        return facts;
    }

    private void put(Map<String, Object> facts, String name, Object value) {
        if (random.nextDouble() >= missingRate) {
            facts.put(name, value);
        }
    }
}
