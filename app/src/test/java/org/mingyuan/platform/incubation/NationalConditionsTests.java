package org.mingyuan.platform.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigures;
import org.mingyuan.platform.incubation.Condition.Tier;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An incubator's national conditions, with the thresholds of 国科发区〔2018〕300号 and 工信部科〔2025〕131号, go from not met to
 * met one by one as graduates, incubatees, financing rounds, growth figures and income are recorded, each shown with
 * its figure and threshold; the park's incubation figures in {@link ParkFigures} follow.
 */
@SpringBootTest
class NationalConditionsTests {

    @Autowired
    IncubatorDesk incubatorDesk;

    @Autowired
    IncubateeDesk incubateeDesk;

    @Autowired
    FinancingDesk financingDesk;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParkFigures figures;

    @Test
    void conditionsTurnMetAsIncubateesAndFinancingAreRecorded() {
        var w = new IncubationWorld(jdbc, registry);
        var operator = w.operator();
        LocalDate today = w.today;
        Incubator incubator = incubatorDesk.open(
                operator,
                new IncubatorDraft(
                        w.park,
                        "未来链孵化器",
                        new BigDecimal("12000"),
                        new BigDecimal("9000"),
                        new BigDecimal("500"),
                        new BigDecimal("1000"),
                        new BigDecimal("299.99")));
        long id = incubator.id();

        Map<String, Condition> empty = conditions(id);
        assertThat(empty.keySet())
                .containsExactly(
                        "AREA",
                        "INCUBATEE_AREA",
                        "INCUBATEES",
                        "DENSITY",
                        "GRADUATES",
                        "SEED_FUND",
                        "FINANCED",
                        "YOUNG_AT_ENTRY",
                        "WITHIN_PERIOD",
                        "EQUITY_OR_FINANCED",
                        "GROWING",
                        "SERVICE_INCOME");
        assertMeasure(empty, "AREA", "12000", "10000", true);
        assertMeasure(empty, "INCUBATEE_AREA", "75.00", "75", true);
        assertMeasure(empty, "INCUBATEES", "0", "50", false);
        assertMeasure(empty, "DENSITY", "0.00", "3", false);
        assertMeasure(empty, "GRADUATES", "0", "20", false);
        assertMeasure(empty, "SEED_FUND", "500", "500", true);
        assertMeasure(empty, "FINANCED", null, "10", false);
        assertMeasure(empty, "YOUNG_AT_ENTRY", null, "100", false);
        assertMeasure(empty, "WITHIN_PERIOD", null, "100", false);
        assertMeasure(empty, "GROWING", null, "30", false);
        assertMeasure(empty, "SERVICE_INCOME", "29.99", "30", false);
        assertThat(empty.get("EQUITY_OR_FINANCED").measures())
                .extracting(Condition.Measure::code, Condition.Measure::threshold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("OWN_FUND", new BigDecimal("10")),
                        org.assertj.core.groups.Tuple.tuple("FINANCED_2025", new BigDecimal("20")));
        assertThat(empty.get("EQUITY_OR_FINANCED").met()).isFalse();

        // 20 graduates: founded long ago, stayed three years
        List<Incubatee> graduates = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String credit = w.enterprise(today.minusYears(8));
            graduates.add(incubateeDesk.enter(operator, id, new IncubateeDraft(credit, today.minusYears(6))));
        }
        for (int i = 0; i < 19; i++) {
            incubateeDesk.graduate(operator, id, graduates.get(i).id(), today.minusYears(3));
        }
        assertMeasure(conditions(id), "GRADUATES", "19", "20", false);
        incubateeDesk.graduate(
                operator, id, graduates.get(19).id(), today.minusYears(3).plusDays(1));
        assertMeasure(conditions(id), "GRADUATES", "20", "20", true);

        // 50 current incubatees, founded a year before entry; 14 of them with growing revenue
        List<String> current = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String credit = w.enterprise(today.minusYears(2));
            if (i < 14) {
                w.revenue(credit, 100, 150);
            } else if (i == 14) {
                w.revenue(credit, 1000, 1000);
            }
            current.add(credit);
            incubateeDesk.enter(operator, id, new IncubateeDraft(credit, today.minusYears(1)));
            if (i == 48) {
                Map<String, Condition> almost = conditions(id);
                assertMeasure(almost, "INCUBATEES", "49", "50", false);
                assertMeasure(almost, "DENSITY", "4.08", "3", true);
            }
        }
        Map<String, Condition> full = conditions(id);
        assertMeasure(full, "INCUBATEES", "50", "50", true);
        assertMeasure(full, "DENSITY", "4.16", "3", true);
        assertMeasure(full, "YOUNG_AT_ENTRY", "100.00", "100", true);
        assertMeasure(full, "WITHIN_PERIOD", "100.00", "100", true);
        assertMeasure(full, "FINANCED", "0.00", "10", false);
        assertMeasure(full, "GROWING", "28.00", "30", false);

        // R&D above 20 % of revenue counts as growing too
        w.rdSpend(current.get(14), 201);
        assertMeasure(conditions(id), "GROWING", "30.00", "30", true);

        // one founded four years before entry, one incubated 49 months: both fail until they graduate
        String old = w.enterprise(today.minusYears(5));
        Incubatee lateEntry = incubateeDesk.enter(operator, id, new IncubateeDraft(old, today.minusYears(1)));
        String longStay = w.enterprise(today.minusMonths(60));
        Incubatee overstaying = incubateeDesk.enter(operator, id, new IncubateeDraft(longStay, today.minusMonths(49)));
        Map<String, Condition> mixed = conditions(id);
        assertMeasure(mixed, "YOUNG_AT_ENTRY", "98.07", "100", false);
        assertMeasure(mixed, "WITHIN_PERIOD", "98.07", "100", false);
        incubateeDesk.graduate(operator, id, lateEntry.id(), today);
        incubateeDesk.graduate(operator, id, overstaying.id(), today);
        Map<String, Condition> graduated = conditions(id);
        assertMeasure(graduated, "YOUNG_AT_ENTRY", "100.00", "100", true);
        assertMeasure(graduated, "WITHIN_PERIOD", "100.00", "100", true);
        assertMeasure(graduated, "GRADUATES", "22", "20", true);

        // financing: 4 of 50 is 8 %, 5 is 10 %
        for (int i = 0; i < 4; i++) {
            round(operator, current.get(i), "杭州未来创投", null);
        }
        assertMeasure(conditions(id), "FINANCED", "8.00", "10", false);
        round(operator, current.get(4), "浙江省种子基金", null);
        Map<String, Condition> financed = conditions(id);
        assertMeasure(financed, "FINANCED", "10.00", "10", true);
        assertThat(financed.get("EQUITY_OR_FINANCED").met()).isFalse();

        // the incubator's own fund invests in 5 of them: 10 % with its equity meets the 2025 alternative
        for (int i = 0; i < 5; i++) {
            round(operator, current.get(i), "未来链孵化器自有资金", id);
        }
        Condition equity = conditions(id).get("EQUITY_OR_FINANCED");
        assertThat(equity.measures().get(0).figure()).isEqualByComparingTo("10");
        assertThat(equity.measures().get(1).figure()).isEqualByComparingTo("10");
        assertThat(equity.met()).isTrue();

        IncubatorReport before = financingDesk.report(operator, id);
        assertThat(before.meets(Tier.NATIONAL_2018)).isTrue();
        assertThat(before.meets(Tier.TIER_2025)).isFalse();

        // service income reaches 30 % of the income
        incubatorDesk.edit(
                operator,
                id,
                new IncubatorDraft(
                        null,
                        "未来链孵化器",
                        new BigDecimal("12000"),
                        new BigDecimal("9000"),
                        new BigDecimal("500"),
                        new BigDecimal("1000"),
                        new BigDecimal("300")));
        IncubatorReport after = financingDesk.report(operator, id);
        assertThat(after.meets(Tier.TIER_2025)).isTrue();
        assertThat(after.conditions()).allSatisfy(c -> assertThat(c.met()).isTrue());
        assertThat(after.current()).isEqualTo(50);
        assertThat(after.graduates()).isEqualTo(22);

        // the evaluation reads the park's figures: 50 today, 22 graduated, 5 of 72 ever incubated financed
        Map<LiveIndicator, Double> park = figures.of(new ParkId(w.park));
        assertThat(park.get(LiveIndicator.INCUBATEES)).isEqualTo(50.0);
        assertThat(park.get(LiveIndicator.GRADUATES)).isEqualTo(22.0);
        assertThat(park.get(LiveIndicator.INCUBATEES_FINANCED)).isCloseTo(100.0 * 5 / 72, within(1e-9));
    }

    @Test
    void parkWithoutIncubatorsCountsNothingAndHasNoFinancedShare() {
        var w = new IncubationWorld(jdbc, registry);
        assertThat(figures.of(new ParkId(w.park)))
                .as("a park with neither enterprises nor incubators is one the platform knows nothing of")
                .doesNotContainKeys(LiveIndicator.INCUBATEES, LiveIndicator.GRADUATES);

        w.enterprise(org.mingyuan.platform.registry.RegistryTime.today().minusYears(1));
        Map<LiveIndicator, Double> none = figures.of(new ParkId(w.park));
        assertThat(none.get(LiveIndicator.INCUBATEES)).isEqualTo(0.0);
        assertThat(none.get(LiveIndicator.GRADUATES)).isEqualTo(0.0);
        assertThat(none).doesNotContainKey(LiveIndicator.INCUBATEES_FINANCED);

        incubatorDesk.open(
                w.operator(),
                new IncubatorDraft(
                        w.park, "空孵化器", new BigDecimal("800"), BigDecimal.ZERO, BigDecimal.ZERO, null, null));
        Map<LiveIndicator, Double> empty = figures.of(new ParkId(w.park));
        assertThat(empty.get(LiveIndicator.INCUBATEES)).isEqualTo(0.0);
        assertThat(empty.get(LiveIndicator.GRADUATES)).isEqualTo(0.0);
        assertThat(empty).doesNotContainKey(LiveIndicator.INCUBATEES_FINANCED);
    }

    private void round(org.mingyuan.platform.identity.Caller operator, String credit, String investor, Long fund) {
        financingDesk.finance(
                operator,
                new FinancingDraft(
                        credit,
                        investor,
                        new BigDecimal("300"),
                        org.mingyuan.platform.registry.RegistryTime.today().minusMonths(3),
                        FinancingStage.ANGEL,
                        fund));
    }

    private Map<String, Condition> conditions(long id) {
        return financingDesk.report(IncubationWorld.ADMIN, id).conditions().stream()
                .collect(Collectors.toMap(
                        Condition::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static void assertMeasure(
            Map<String, Condition> conditions, String code, String figure, String threshold, boolean met) {
        Condition condition = conditions.get(code);
        Condition.Measure measure = condition.measures().get(0);
        if (figure == null) {
            assertThat(measure.figure()).as(code).isNull();
        } else {
            assertThat(measure.figure()).as(code).isEqualByComparingTo(figure);
        }
        assertThat(measure.threshold()).as(code).isEqualByComparingTo(threshold);
        assertThat(condition.met()).as(code).isEqualTo(met);
    }
}
