package org.mingyuan.platform.incubation.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigureSource;
import org.mingyuan.platform.incubation.Incubator;
import org.mingyuan.platform.incubation.internal.Incubatees.ParkCounts;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parks' incubation figures for the evaluation, in one aggregate query: incubatees today and graduates in total
 * (0 where a park has none), and the share of its incubatees, current and graduated, with at least one financing
 * round, only for parks that have had incubatees. A park with neither an incubator nor enterprises is left out, as the
 * registry's own figures and the scenarios' leave it out (the evaluations take such a park for one the platform knows
 * nothing of).
 */
@Component
class IncubationFigures implements ParkFigureSource {

    private final Incubatees incubatees;
    private final Incubators incubators;

    IncubationFigures(Incubatees incubatees, Incubators incubators) {
        this.incubatees = incubatees;
        this.incubators = incubators;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ParkId, Map<LiveIndicator, Double>> figures(Set<ParkId> populated) {
        LocalDate today = RegistryTime.today();
        Map<Long, ParkCounts> counts = new HashMap<>();
        incubatees.perPark(today).forEach(c -> counts.put(c.park(), c));
        Set<Long> known = new HashSet<>(counts.keySet());
        incubators.all().stream().map(Incubator::parkId).forEach(known::add);
        populated.forEach(park -> known.add(park.value()));
        Map<ParkId, Map<LiveIndicator, Double>> all = new HashMap<>();
        for (long park : known) {
            ParkCounts c = counts.getOrDefault(park, new ParkCounts(park, 0, 0, 0, 0));
            Map<LiveIndicator, Double> figures = new EnumMap<>(LiveIndicator.class);
            figures.put(LiveIndicator.INCUBATEES, (double) c.current());
            figures.put(LiveIndicator.GRADUATES, (double) c.graduates());
            if (c.ever() > 0) {
                figures.put(LiveIndicator.INCUBATEES_FINANCED, 100.0 * c.financed() / c.ever());
            }
            all.put(new ParkId(park), Map.copyOf(figures));
        }
        return all;
    }
}
