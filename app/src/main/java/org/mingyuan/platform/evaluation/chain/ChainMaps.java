package org.mingyuan.platform.evaluation.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.chain.ChainMapView.Candidate;
import org.mingyuan.platform.evaluation.chain.ChainMapView.Gap;
import org.mingyuan.platform.evaluation.chain.ChainMapView.ParkChain;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkId;

/** Builds the chain map from the taxonomy, the parks and their enterprises per segment; pure, no database. */
public final class ChainMaps {

    /** The most candidate parks listed for one gap. */
    public static final int MOST_CANDIDATES = 3;

    /** The most enterprise names listed per segment. */
    public static final int MOST_NAMES = 50;

    private ChainMaps() {}

    /**
     * The map of every park, or of {@code only} when given, with candidates drawn from every park.
     *
     * @param perSegment per park, its enterprises per segment code; a park or segment left out has none
     */
    public static ChainMapView build(
            List<ChainSegment> segments,
            List<Park> parks,
            Map<ParkId, Map<String, Integer>> perSegment,
            @Nullable ParkId only,
            @Nullable Map<String, List<String>> members) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, List<Candidate>> strong = new LinkedHashMap<>();
        for (ChainSegment segment : segments) {
            List<Candidate> holders = new ArrayList<>();
            for (Park park : parks) {
                int n = count(perSegment, park.id(), segment.code());
                if (n > 0) {
                    holders.add(new Candidate(park.id().value(), park.nameZh(), park.nameEn(), n));
                }
            }
            holders.sort(Comparator.comparingInt(Candidate::enterprises)
                    .reversed()
                    .thenComparing(Candidate::nameZh)
                    .thenComparingLong(Candidate::parkId));
            totals.put(
                    segment.code(),
                    holders.stream().mapToInt(Candidate::enterprises).sum());
            strong.put(segment.code(), List.copyOf(holders.subList(0, Math.min(MOST_CANDIDATES, holders.size()))));
        }
        List<ParkChain> rows = parks.stream()
                .filter(park -> only == null || park.id().equals(only))
                .map(park -> row(park, segments, perSegment, strong))
                .toList();
        List<String> missing = totals.entrySet().stream()
                .filter(total -> total.getValue() == 0)
                .map(Map.Entry::getKey)
                .toList();
        return new ChainMapView(List.copyOf(segments), rows, totals, missing, members);
    }

    private static ParkChain row(
            Park park,
            List<ChainSegment> segments,
            Map<ParkId, Map<String, Integer>> perSegment,
            Map<String, List<Candidate>> strong) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Gap> gaps = new ArrayList<>();
        int enterprises = 0;
        for (ChainSegment segment : segments) {
            int n = count(perSegment, park.id(), segment.code());
            counts.put(segment.code(), n);
            enterprises += n;
            if (n == 0) {
                gaps.add(new Gap(segment.code(), strong.get(segment.code())));
            }
        }
        return new ParkChain(
                park.id().value(),
                park.code(),
                park.nameZh(),
                park.nameEn(),
                counts,
                enterprises,
                segments.size() - gaps.size(),
                gaps);
    }

    private static int count(Map<ParkId, Map<String, Integer>> perSegment, ParkId park, String segment) {
        return perSegment.getOrDefault(park, Map.of()).getOrDefault(segment, 0);
    }
}
