package org.mingyuan.platform.fulfillment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mingyuan.platform.fulfillment.SupervisionReport.Fulfilment;
import org.mingyuan.platform.fulfillment.internal.SupervisionQueries;
import org.mingyuan.platform.fulfillment.internal.SupervisionQueries.Award;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fulfilment and ratings per park, over every case ever filed (a case counts for the park its enterprise was in when it
 * applied), for the evaluation of parks. A read for other modules of aggregates only; the caller decides who may see
 * them.
 */
@Service
public class ParkFulfilment {

    private final SupervisionQueries queries;
    private final ParkCatalog parks;

    ParkFulfilment(SupervisionQueries queries, ParkCatalog parks) {
        this.queries = queries;
        this.parks = parks;
    }

    /**
     * Each park's fulfilment as {@link Supervision} figures it (paid ÷ approved by amount and by count, days from
     * application to cash), keyed and labelled by the park; parks without an approved case are left out.
     */
    @Transactional(readOnly = true)
    public Map<ParkId, Fulfilment> fulfilment() {
        Map<Long, List<Award>> byPark = queries.awards(SupervisionFilter.NONE).stream()
                .filter(award -> award.parkId() != null)
                .collect(Collectors.groupingBy(Award::parkId));
        Map<ParkId, Fulfilment> figures = new LinkedHashMap<>();
        for (Park park : parks.all()) {
            List<Award> awards = byPark.get(park.id().value());
            if (awards != null) {
                figures.put(
                        park.id(),
                        Fulfilment.of(Long.toString(park.id().value()), park.nameZh(), park.nameEn(), awards));
            }
        }
        return figures;
    }

    /**
     * Each park's counted ratings per level, 5 (非常满意) to 1 (非常不满意), every level present; ratings an upheld
     * appeal found mistaken are left out, and so are parks without a counted rating.
     */
    @Transactional(readOnly = true)
    public Map<ParkId, Map<Integer, Long>> ratings() {
        Map<ParkId, Map<Integer, Long>> levels = new LinkedHashMap<>();
        for (SupervisionQueries.ParkRatingCount count : queries.ratingsByPark()) {
            levels.computeIfAbsent(new ParkId(count.parkId()), park -> emptyLevels())
                    .merge(count.level(), count.count(), Long::sum);
        }
        levels.replaceAll((park, counts) -> Collections.unmodifiableMap(counts));
        return levels;
    }

    private static Map<Integer, Long> emptyLevels() {
        Map<Integer, Long> levels = new LinkedHashMap<>();
        for (int level = Rating.BEST; level >= Rating.WORST; level--) {
            levels.put(level, 0L);
        }
        return levels;
    }
}
