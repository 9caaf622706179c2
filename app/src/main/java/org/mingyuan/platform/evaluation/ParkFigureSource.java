package org.mingyuan.platform.evaluation;

import java.util.Map;
import java.util.Set;
import org.mingyuan.platform.registry.ParkId;

/**
 * A module that measures some of the {@link LiveIndicator}s of every park from its own data (incubation, application
 * scenarios), so that {@link ParkFigures} can show them beside the registry's and fulfilment's without the evaluation
 * module depending on it. A figure the source holds no data for is left out of that park's map, never NaN; a count of
 * nothing is 0.
 */
public interface ParkFigureSource {

    /**
     * Every park's figures from this source today, keyed by park. A park that is neither in {@code populated} (the
     * parks with enterprises today, as the registry counts them) nor holds data of this source is one the platform
     * knows nothing of: the source leaves it out rather than counting 0.
     */
    Map<ParkId, Map<LiveIndicator, Double>> figures(Set<ParkId> populated);
}
