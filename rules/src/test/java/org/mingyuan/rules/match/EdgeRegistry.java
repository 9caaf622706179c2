package org.mingyuan.rules.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.Unit;

/**
 * Random enterprises whose numbers and dates sit at the edges of their types: the ends of {@code long}, both zeros,
 * the largest and smallest decimals, integers beyond a decimal's precision, zero revenue (so that a quotient is
 * infinite or NaN), exact anniversaries of the evaluation date and leap days.
 */
final class EdgeRegistry {

    static final List<String> ENUM_VALUES = List.of("a", "b", "c", "d");
    static final FactSchema SCHEMA = FactSchema.builder()
            .integer("i", "整数", "whole", Unit.of("个", "pieces"))
            .decimal("d", "小数", "decimal", Unit.of("万元", "10k CNY"))
            .decimal("revenue", "营业收入", "revenue", Unit.of("万元", "10k CNY"))
            .decimal("rdSpend", "研发投入", "R&D spending", Unit.of("万元", "10k CNY"))
            .date("day", "日期", "day")
            .enumeration("e", "枚举", "enumeration", ENUM_VALUES)
            .build();

    static final long[] WHOLES = {
        Long.MIN_VALUE,
        Long.MIN_VALUE + 1,
        -2,
        -1,
        0,
        1,
        2,
        3,
        7,
        1L << 53,
        (1L << 53) + 1,
        Long.MAX_VALUE - 1,
        Long.MAX_VALUE
    };
    static final double[] DECIMALS = {
        -0.0,
        0.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        1e308,
        -1e308,
        0x1p63,
        -0x1p63,
        0x1p53,
        0x1p53 + 2,
        0.1,
        0.3,
        0.1 + 0.2,
        1.5,
        -1.5,
        1.0,
        -1.0,
        1e-300
    };
    static final double[] REVENUES = {0.0, -0.0, 0.0, 1e-300, 1.0, 100.0, -1.0, Double.MAX_VALUE, 20.0};
    static final double[] SPENDS = {0.0, -0.0, 1.0, 5.0, 1e308, -3.0, Double.MIN_VALUE};

    private final SplittableRandom random;
    private final LocalDate today;
    private final double missingRate;

    EdgeRegistry(long seed, LocalDate today, double missingRate) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.missingRate = missingRate;
    }

    /** A day at, just before or just after an anniversary of the evaluation date or a leap day, or a far day. */
    static LocalDate day(SplittableRandom random, LocalDate today) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> today.minusYears(random.nextInt(-1, 10)).plusDays(random.nextInt(-1, 2));
            case 2 -> LocalDate.of(2000 + 4 * random.nextInt(8), 2, 29).plusDays(random.nextInt(-1, 2));
            case 3 -> LocalDate.of(2019 + random.nextInt(10), 2, 28).plusDays(random.nextInt(0, 2));
            case 4 ->
                List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.EPOCH, LocalDate.of(1969, 12, 31))
                        .get(random.nextInt(4));
            default -> today.minusDays(random.nextInt(-400, 4_000));
        };
    }

    Map<String, Object> enterprise() {
        Map<String, Object> facts = new HashMap<>();
        put(facts, "i", random.nextInt(4) == 0 ? random.nextLong() : WHOLES[random.nextInt(WHOLES.length)]);
        put(
                facts,
                "d",
                random.nextInt(4) == 0 ? random.nextInt(-20, 21) * 0.5 : DECIMALS[random.nextInt(DECIMALS.length)]);
        put(facts, "revenue", REVENUES[random.nextInt(REVENUES.length)]);
        put(facts, "rdSpend", SPENDS[random.nextInt(SPENDS.length)]);
        put(facts, "day", day(random, today));
        put(facts, "e", random.nextInt(10) == 0 ? "a" : ENUM_VALUES.get(1 + random.nextInt(3)));
        return facts;
    }

    private void put(Map<String, Object> facts, String name, Object value) {
        if (random.nextDouble() >= missingRate) {
            facts.put(name, value);
        }
    }

    /** The facts of every enterprise, for a table of {@code count} rows. */
    List<Map<String, Object>> enterprises(int count) {
        List<Map<String, Object>> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(enterprise());
        }
        return all;
    }
}
