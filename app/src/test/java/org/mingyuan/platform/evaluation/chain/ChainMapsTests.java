package org.mingyuan.platform.evaluation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.evaluation.chain.ChainMapView.Candidate;
import org.mingyuan.platform.evaluation.chain.ChainMapView.Gap;
import org.mingyuan.platform.evaluation.chain.ChainMapView.ParkChain;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkId;

/** The chain map's counts, gaps, candidates (most enterprises first, at most three) and totals, on data made here. */
class ChainMapsTests {

    static final List<ChainSegment> SEGMENTS = List.of(
            new ChainSegment("chips", "UPSTREAM", "芯片与硬件", "Chips and hardware", 10),
            new ChainSegment("baas", "MIDSTREAM", "BaaS 平台", "BaaS", 50),
            new ChainSegment("finance", "DOWNSTREAM", "金融", "Finance", 90),
            new ChainSegment("media", "PERIPHERY", "媒体", "Media", 170));

    static Park park(long id, String name) {
        return new Park(
                new ParkId(id),
                "p" + id,
                name,
                "Park " + id,
                "上海市",
                "上海市",
                "Shanghai",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    static final List<Park> PARKS = List.of(park(1, "甲园"), park(2, "乙园"), park(3, "丙园"), park(4, "丁园"), park(5, "戊园"));

    static final Map<ParkId, Map<String, Integer>> COUNTS = Map.of(
            new ParkId(1), Map.of("chips", 2, "baas", 1),
            new ParkId(2), Map.of("finance", 5, "baas", 3),
            new ParkId(3), Map.of("finance", 2),
            new ParkId(4), Map.of("finance", 5),
            new ParkId(5), Map.of("finance", 1, "baas", 1));

    @Test
    void everyParkHasItsCountsPerSegmentAndItsGapsUpstreamFirst() {
        ChainMapView view = ChainMaps.build(SEGMENTS, PARKS, COUNTS, null, null);
        assertThat(view.parks()).extracting(ParkChain::parkId).containsExactly(1L, 2L, 3L, 4L, 5L);
        ParkChain first = view.parks().get(0);
        assertThat(first.counts())
                .containsExactly(
                        Map.entry("chips", 2), Map.entry("baas", 1), Map.entry("finance", 0), Map.entry("media", 0));
        assertThat(first.enterprises()).isEqualTo(3);
        assertThat(first.covered()).isEqualTo(2);
        assertThat(first.gaps()).extracting(Gap::segment).containsExactly("finance", "media");
        assertThat(view.totals())
                .containsExactly(
                        Map.entry("chips", 2), Map.entry("baas", 5), Map.entry("finance", 13), Map.entry("media", 0));
        assertThat(view.missingEverywhere()).containsExactly("media");
        assertThat(view.members()).isNull();
    }

    @Test
    void aGapListsAtMostThreeParksWithTheMostEnterprisesTiesByName() {
        ChainMapView view = ChainMaps.build(SEGMENTS, PARKS, COUNTS, null, null);
        Gap finance = view.parks().get(0).gaps().get(0);
        // 乙园 and 丁园 both have 5: ordered by name (code point order: 丁 before 乙), then 丙园 with 2
        assertThat(finance.candidates())
                .extracting(Candidate::parkId, Candidate::enterprises)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, 5),
                        org.assertj.core.groups.Tuple.tuple(2L, 5),
                        org.assertj.core.groups.Tuple.tuple(3L, 2));
        Gap media = view.parks().get(0).gaps().get(1);
        assertThat(media.candidates()).isEmpty();
        Gap chips = view.parks().get(1).gaps().get(0);
        assertThat(chips.segment()).isEqualTo("chips");
        assertThat(chips.candidates()).extracting(Candidate::parkId).containsExactly(1L);
    }

    @Test
    void oneParkAskedForKeepsCandidatesAndTotalsOfEveryPark() {
        ChainMapView view = ChainMaps.build(SEGMENTS, PARKS, COUNTS, new ParkId(3), Map.of("finance", List.of("甲公司")));
        assertThat(view.parks()).extracting(ParkChain::parkId).containsExactly(3L);
        assertThat(view.parks().get(0).gaps().get(1).segment()).isEqualTo("baas");
        assertThat(view.parks().get(0).gaps().get(1).candidates())
                .extracting(Candidate::parkId)
                .containsExactly(2L, 5L, 1L); // 戊园 and 甲园 both have 1: 戊 (U+620A) sorts before 甲 (U+7532)
        assertThat(view.totals().get("finance")).isEqualTo(13);
        assertThat(view.members()).containsEntry("finance", List.of("甲公司"));
    }

    @Test
    void withNoEnterprisesEverySegmentIsAGapWithoutCandidates() {
        ChainMapView view = ChainMaps.build(SEGMENTS, PARKS, Map.of(), null, null);
        assertThat(view.parks()).allSatisfy(row -> {
            assertThat(row.covered()).isZero();
            assertThat(row.gaps())
                    .hasSize(4)
                    .allSatisfy(gap -> assertThat(gap.candidates()).isEmpty());
        });
        assertThat(view.missingEverywhere()).hasSize(4);
    }
}
