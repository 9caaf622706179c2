package org.mingyuan.platform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkSpace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A park's live figures from tenants, leases, certifications, paid cases and ratings built in the test come out as
 * computed by hand; a park with nothing recorded has no figures, never NaN; an unknown park is not found.
 */
@SpringBootTest
class ParkFiguresTests {

    /** The indicators the registry and fulfilment measure; other modules' sources add theirs. */
    static final java.util.List<LiveIndicator> REGISTRY_AND_CASES = java.util.List.of(
            LiveIndicator.OCCUPANCY,
            LiveIndicator.CHAIN_COVERAGE,
            LiveIndicator.CHAIN_GAPS,
            LiveIndicator.FULFILMENT_RATE_AMOUNT,
            LiveIndicator.FULFILMENT_RATE_COUNT,
            LiveIndicator.TIME_TO_CASH_DAYS,
            LiveIndicator.SATISFACTION,
            LiveIndicator.SME_SHARE,
            LiveIndicator.CERTIFIED_FIRMS,
            LiveIndicator.LEADING_FIRMS);

    @Autowired
    ParkFigures figures;

    @Autowired
    ChainTaxonomy taxonomy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    EnterpriseCertifications certifications;

    @Autowired
    ParkSpace space;

    ParkWorld world() {
        return new ParkWorld(jdbc, registry, certifications, space);
    }

    @Test
    void figuresOfAParkBuiltInTheTestAreAsComputedByHand() {
        ParkWorld w = world();
        LocalDate today = w.today;
        // I65 software: small is both >= 10 staff and >= 50 万元; SME below 300 staff or 10000 万元; micro below either
        String small = w.enterprise("baas", 50, 500);
        String large = w.enterprise("finance", 400, 20000);
        String unsized = w.enterprise("finance", null, null);
        String micro = w.enterprise(null, 5, 10);
        w.certify(small, "CAC_FILING", "沪网信备31011012345678901234号", today.minusYears(1), null);
        w.certify(large, "HIGH_TECH", "GR202431000001", today.minusYears(1), null);
        w.certify(unsized, "BLOCKCHAIN_ENTERPRISE", null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        w.certify(micro, "BLOCKCHAIN_ENTERPRISE", null, today.minusDays(10), today.plusYears(2));
        long first = w.unit("600");
        long second = w.unit("400");
        w.lease(small, first, "250", today.minusDays(30), today.plusYears(1));
        w.lease(large, first, "300", today.minusYears(2), today.minusYears(1));
        w.lease(micro, second, "150", today, today.plusDays(1));
        LocalDate applied = today.minusDays(60);
        long approvedOnly = w.kase(small, w.park, "APPROVED", "1000", null, applied, null);
        long paidPart = w.kase(large, w.park, "PAID", "2000", "1500", applied, applied.plusDays(10));
        long paidWhole = w.kase(micro, w.park, "PAID", "1000", "1000", applied, applied.plusDays(20));
        long rejected = w.kase(micro, w.park, "REJECTED", "0", null, applied, null);
        w.kase(small, null, "PAID", "9000", "1", applied, applied.plusDays(300));
        w.rate(approvedOnly, 5, null);
        w.rate(paidPart, 4, "DISMISSED");
        w.rate(paidWhole, 2, null);
        w.rate(rejected, 1, "UPHELD");

        Map<LiveIndicator, Double> got = figures.of(w.park);

        int segments = taxonomy.all().size();
        assertThat(got).containsKeys(REGISTRY_AND_CASES.toArray(LiveIndicator[]::new));
        assertThat(got).containsEntry(LiveIndicator.INCUBATEES, 0.0).containsEntry(LiveIndicator.GRADUATES, 0.0);
        assertThat(got.get(LiveIndicator.OCCUPANCY)).isCloseTo(40.0, within(1e-9));
        assertThat(got.get(LiveIndicator.CHAIN_COVERAGE)).isCloseTo(200.0 / segments, within(1e-9));
        assertThat(got.get(LiveIndicator.CHAIN_GAPS)).isEqualTo(segments - 2.0);
        assertThat(got.get(LiveIndicator.FULFILMENT_RATE_AMOUNT)).isCloseTo(62.5, within(1e-9));
        assertThat(got.get(LiveIndicator.FULFILMENT_RATE_COUNT)).isCloseTo(66.67, within(1e-9));
        assertThat(got.get(LiveIndicator.TIME_TO_CASH_DAYS)).isEqualTo(15.0);
        assertThat(got.get(LiveIndicator.SATISFACTION)).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(got.get(LiveIndicator.SME_SHARE)).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(got.get(LiveIndicator.CERTIFIED_FIRMS)).isEqualTo(2.0);
        assertThat(got.get(LiveIndicator.LEADING_FIRMS)).isEqualTo(1.0);
        assertThat(figures.all()).containsEntry(w.park, got);
    }

    @Test
    void aParkWithNothingRecordedHasNoFigures() {
        ParkWorld w = world();
        // no source has a figure for a park with neither enterprises, cases, incubators nor scenarios
        assertThat(figures.of(w.park)).isEmpty();
        assertThat(figures.all().get(w.park)).isEmpty();
    }

    @Test
    void aParkWithEnterprisesButNoSpaceCasesOrSizesHasOnlyItsRegistryCounts() {
        ParkWorld w = world();
        w.enterprise("chips", null, null);
        Map<LiveIndicator, Double> got = figures.of(w.park);
        assertThat(got)
                .containsKeys(
                        LiveIndicator.CHAIN_COVERAGE,
                        LiveIndicator.CHAIN_GAPS,
                        LiveIndicator.CERTIFIED_FIRMS,
                        LiveIndicator.LEADING_FIRMS)
                .doesNotContainKeys(
                        LiveIndicator.OCCUPANCY,
                        LiveIndicator.SME_SHARE,
                        LiveIndicator.FULFILMENT_RATE_AMOUNT,
                        LiveIndicator.FULFILMENT_RATE_COUNT,
                        LiveIndicator.TIME_TO_CASH_DAYS,
                        LiveIndicator.SATISFACTION);
        assertThat(got.values()).allMatch(Double::isFinite);
    }

    @Test
    void anUnknownParkIsNotFound() {
        assertThatThrownBy(() -> figures.of(new ParkId(Long.MAX_VALUE)))
                .isInstanceOfSatisfying(
                        NotFound.class, missing -> assertThat(missing.kind()).isEqualTo("park"));
    }

    @Test
    void everyIndicatorHasAUnitADirectionAndLabels() {
        assertThat(LiveIndicator.TIME_TO_CASH_DAYS.benefit()).isFalse();
        assertThat(LiveIndicator.CHAIN_GAPS.benefit()).isFalse();
        assertThat(LiveIndicator.OCCUPANCY.benefit()).isTrue();
        assertThat(LiveIndicator.OCCUPANCY.unit()).isEqualTo("%");
        assertThat(LiveIndicator.TIME_TO_CASH_DAYS.unit()).isEqualTo("days");
    }
}
