package org.mingyuan.platform.scenarios.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mingyuan.platform.evaluation.LiveIndicator;
import org.mingyuan.platform.evaluation.ParkFigureSource;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parks' scenario figures for the evaluation: {@link LiveIndicator#SCENARIOS_OPENED}, the published scenarios
 * opened for the park, and {@link LiveIndicator#SCENARIOS_WON}, the scenarios whose winner is one of the park's
 * enterprises today. A park with enterprises but no scenario counts 0; a park with neither enterprises nor scenarios
 * is left out, as the registry's own figures leave it out (the evaluations take such a park for one the platform
 * knows nothing of).
 */
@Component
class ScenarioFigures implements ParkFigureSource {

    /** The platform reading the registry for its own figures. */
    private static final Caller PLATFORM = new Caller("system", Set.of(Role.ADMIN), null, null);

    private final Scenarios scenarios;
    private final EnterpriseRegistry registry;

    ScenarioFigures(Scenarios scenarios, EnterpriseRegistry registry) {
        this.scenarios = scenarios;
        this.registry = registry;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ParkId, Map<LiveIndicator, Double>> figures(Set<ParkId> populated) {
        Map<ParkId, Long> opened = new HashMap<>();
        scenarios.openedPerPark().forEach(row -> opened.put(new ParkId(row[0]), row[1]));
        Map<ParkId, Long> won = new HashMap<>();
        for (long enterprise : scenarios.winners()) {
            registry.find(PLATFORM, new EnterpriseId(enterprise))
                    .map(found -> found.parkId())
                    .ifPresent(park -> won.merge(new ParkId(park), 1L, Long::sum));
        }
        Set<ParkId> known = new HashSet<>(opened.keySet());
        known.addAll(won.keySet());
        known.addAll(populated);
        Map<ParkId, Map<LiveIndicator, Double>> figures = new HashMap<>();
        for (ParkId park : known) {
            Map<LiveIndicator, Double> of = new EnumMap<>(LiveIndicator.class);
            of.put(LiveIndicator.SCENARIOS_OPENED, opened.getOrDefault(park, 0L).doubleValue());
            of.put(LiveIndicator.SCENARIOS_WON, won.getOrDefault(park, 0L).doubleValue());
            figures.put(park, of);
        }
        return figures;
    }
}
