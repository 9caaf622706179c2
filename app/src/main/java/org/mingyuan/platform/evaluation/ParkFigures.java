package org.mingyuan.platform.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.ParkFulfilment;
import org.mingyuan.platform.fulfillment.Rating;
import org.mingyuan.platform.fulfillment.SupervisionReport.Fulfilment;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkCensus;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkTally;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Service;

/**
 * What the platform itself knows of each park today: its {@link LiveIndicator}s computed from the registry's space,
 * enterprises, certifications and chain taxonomy, from fulfilment's cases and ratings, and from every other module's
 * {@link ParkFigureSource} (incubation, application scenarios), in a handful of aggregate queries for all parks. A figure the platform holds no data for is absent from a park's map, never NaN.
 */
@Service
public class ParkFigures {

    /** The certifications that make a certified firm: the CAC blockchain filing, the blockchain-firm recognition (entered by hand, or granted by a recognition scheme). */
    public static final Set<String> CERTIFICATIONS =
            Set.of("CAC_FILING", "BLOCKCHAIN_ENTERPRISE", "RECOGNISED_BLOCKCHAIN");

    /** The lowest rating level counted as satisfied: 4, 满意. */
    public static final int SATISFIED = Rating.BEST - 1;

    private final ParkCatalog parks;
    private final ParkCensus census;
    private final ChainTaxonomy taxonomy;
    private final ParkFulfilment fulfilment;
    private final List<ParkFigureSource> sources;

    ParkFigures(
            ParkCatalog parks,
            ParkCensus census,
            ChainTaxonomy taxonomy,
            ParkFulfilment fulfilment,
            List<ParkFigureSource> sources) {
        this.parks = parks;
        this.census = census;
        this.taxonomy = taxonomy;
        this.fulfilment = fulfilment;
        this.sources = List.copyOf(sources);
    }

    /** The park's figures today; refused as not found for an unknown park. */
    public Map<LiveIndicator, Double> of(ParkId park) {
        parks.get(park);
        return all().getOrDefault(park, Map.of());
    }

    /** Every park's figures today, in the park catalogue's order. */
    public Map<ParkId, Map<LiveIndicator, Double>> all() {
        Map<ParkId, ParkTally> tallies = census.all(RegistryTime.today(), CERTIFICATIONS);
        Map<ParkId, Fulfilment> fulfilled = fulfilment.fulfilment();
        Map<ParkId, Map<Integer, Long>> ratings = fulfilment.ratings();
        Set<ParkId> populated = tallies.entrySet().stream()
                .filter(entry -> entry.getValue().enterprises() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<Map<ParkId, Map<LiveIndicator, Double>>> others =
                sources.stream().map(source -> source.figures(populated)).toList();
        int segments = taxonomy.all().size();
        Map<ParkId, Map<LiveIndicator, Double>> all = new LinkedHashMap<>();
        tallies.forEach((park, tally) -> {
            Map<LiveIndicator, Double> figures = new EnumMap<>(LiveIndicator.class);
            registry(tally, segments, figures);
            cases(fulfilled.get(park), ratings.get(park), figures);
            others.forEach(source ->
                    source.getOrDefault(park, Map.of()).forEach((indicator, value) -> put(figures, indicator, value)));
            all.put(park, Map.copyOf(figures));
        });
        return all;
    }

    private static void registry(ParkTally tally, int segments, Map<LiveIndicator, Double> figures) {
        if (tally.totalM2().signum() > 0) {
            put(figures, LiveIndicator.OCCUPANCY, percent(tally.occupiedM2(), tally.totalM2()));
        }
        if (tally.enterprises() > 0) {
            long covered =
                    tally.perSegment().values().stream().filter(n -> n > 0).count();
            if (segments > 0) {
                put(figures, LiveIndicator.CHAIN_COVERAGE, 100.0 * covered / segments);
                put(figures, LiveIndicator.CHAIN_GAPS, (double) (segments - covered));
            }
            put(figures, LiveIndicator.CERTIFIED_FIRMS, (double) tally.certified());
            put(figures, LiveIndicator.LEADING_FIRMS, (double) tally.large());
        }
        if (tally.sized() > 0) {
            put(figures, LiveIndicator.SME_SHARE, 100.0 * tally.smes() / tally.sized());
        }
    }

    private static void cases(
            @Nullable Fulfilment fulfilment, @Nullable Map<Integer, Long> levels, Map<LiveIndicator, Double> figures) {
        if (fulfilment != null) {
            put(figures, LiveIndicator.FULFILMENT_RATE_AMOUNT, percent(fulfilment.rateByAmount()));
            put(figures, LiveIndicator.FULFILMENT_RATE_COUNT, percent(fulfilment.rateByCount()));
            put(figures, LiveIndicator.TIME_TO_CASH_DAYS, number(fulfilment.medianDays()));
        }
        if (levels != null) {
            long total = levels.values().stream().mapToLong(Long::longValue).sum();
            long satisfied = levels.entrySet().stream()
                    .filter(level -> level.getKey() >= SATISFIED)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            if (total > 0) {
                put(figures, LiveIndicator.SATISFACTION, 100.0 * satisfied / total);
            }
        }
    }

    private static void put(Map<LiveIndicator, Double> figures, LiveIndicator indicator, @Nullable Double value) {
        if (value != null && Double.isFinite(value)) {
            figures.put(indicator, value);
        }
    }

    private static double percent(BigDecimal part, BigDecimal whole) {
        return 100.0 * part.doubleValue() / whole.doubleValue();
    }

    private static @Nullable Double percent(@Nullable BigDecimal ratio) {
        return ratio == null ? null : ratio.movePointRight(2).doubleValue();
    }

    private static @Nullable Double number(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
