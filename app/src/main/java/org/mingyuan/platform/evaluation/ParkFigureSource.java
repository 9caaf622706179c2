package org.mingyuan.platform.evaluation;

import java.util.Map;
import org.mingyuan.platform.registry.ParkId;

/**
 * A module that measures some of the {@link LiveIndicator}s of every park from its own data (incubation, application
 * scenarios), so that {@link ParkFigures} can show them beside the registry's and fulfilment's without the evaluation
 * module depending on it. A figure the source holds no data for is left out of that park's map, never NaN; a count of
 * nothing is 0.
 */
public interface ParkFigureSource {

    /** Every park's figures from this source today, keyed by park; parks the source knows nothing of may be absent. */
    Map<ParkId, Map<LiveIndicator, Double>> figures();
}
