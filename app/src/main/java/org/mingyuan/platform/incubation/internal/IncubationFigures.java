package org.mingyuan.platform.incubation.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigureSource;
import org.mingyuan.platform.incubation.internal.Incubatees.ParkCounts;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Component;

/**
 * The parks' incubation figures for the evaluation, in one aggregate query: incubatees today and graduates in total
 * for every park (0 where it has none or no incubator at all), and the share of its incubatees, current and
 * graduated, with at least one financing round, only for parks that have had incubatees.
 */
@Component
class IncubationFigures implements ParkFigureSource {

    private final Incubatees incubatees;
    private final ParkCatalog parks;

    IncubationFigures(Incubatees incubatees, ParkCatalog parks) {
        this.incubatees = incubatees;
        this.parks = parks;
    }

    @Override
    public Map<ParkId, Map<LiveIndicator, Double>> figures() {
        Map<Long, ParkCounts> counts = new HashMap<>();
        incubatees.perPark(RegistryTime.today()).forEach(c -> counts.put(c.park(), c));
        Map<ParkId, Map<LiveIndicator, Double>> all = new LinkedHashMap<>();
        for (Park park : parks.all()) {
            ParkCounts c = counts.getOrDefault(
                    park.id().value(), new ParkCounts(park.id().value(), 0, 0, 0, 0));
            Map<LiveIndicator, Double> figures = new EnumMap<>(LiveIndicator.class);
            figures.put(LiveIndicator.INCUBATEES, (double) c.current());
            figures.put(LiveIndicator.GRADUATES, (double) c.graduates());
            if (c.ever() > 0) {
                figures.put(LiveIndicator.INCUBATEES_FINANCED, 100.0 * c.financed() / c.ever());
            }
            all.put(park.id(), Map.copyOf(figures));
        }
        return all;
    }
}
