package org.mingyuan.platform.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.registry.internal.LetPeak.Let;
import org.mingyuan.platform.registry.internal.LetPeak.Span;

class LetPeakTests {

    static Span let(String area, String start, String end) {
        return new Span(new BigDecimal(area), LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void leasesThatNeverRunTogetherDoNotAddUp() {
        var lets = List.of(let("50", "2026-01-01", "2026-04-01"), let("50", "2026-07-01", "2026-10-01"));

        assertThat(LetPeak.of(lets, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-09-01")))
                .isEqualByComparingTo("50");
    }

    @Test
    void aLeaseEndingOnTheDayAnotherStartsNeverCountsWithIt() {
        var lets = List.of(let("30", "2026-01-01", "2026-02-01"), let("40", "2026-02-01", "2026-03-01"));

        assertThat(LetPeak.of(lets, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")))
                .isEqualByComparingTo("40");
        assertThat(LetPeak.of(lets, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01")))
                .isEqualByComparingTo("0");
    }

    @Test
    void thePeakIsTheLargestSumOnAnyOneDay() {
        var random = new Random(8);
        LocalDate origin = LocalDate.parse("2026-01-01");
        for (int round = 0; round < 200; round++) {
            var lets = random.ints(8, 0, 60)
                    .mapToObj(begin -> new Span(
                            BigDecimal.valueOf(1 + random.nextInt(50)),
                            origin.plusDays(begin),
                            origin.plusDays(begin + 1 + random.nextInt(30))))
                    .toList();
            LocalDate start = origin.plusDays(random.nextInt(60));
            LocalDate end = start.plusDays(1 + random.nextInt(40));

            BigDecimal byDay = BigDecimal.ZERO;
            for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
                LocalDate on = day;
                byDay = byDay.max(lets.stream()
                        .filter(l -> !l.start().isAfter(on) && l.end().isAfter(on))
                        .map(Let::areaM2)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            assertThat(LetPeak.of(lets, start, end)).isEqualByComparingTo(byDay);
        }
    }
}
