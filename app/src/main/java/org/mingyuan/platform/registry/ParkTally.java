package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One park's counts on a day, aggregated over its space and its registered enterprises (those whose profile places
 * them in the park); counts only, never an enterprise's name.
 *
 * @param totalM2 the area of all the park's units
 * @param occupiedM2 the area let under leases running on the day
 * @param tenants the enterprises holding a lease in the park running on the day
 * @param enterprises the enterprises registered in the park
 * @param sized those of them with a derived size class
 * @param smes those whose size class is medium, small or micro
 * @param large those whose size class is large
 * @param certified those holding, valid on the day, at least one certification of the types asked for
 * @param perSegment the enterprises per chain segment code; segments with none are left out
 */
public record ParkTally(
        ParkId park,
        BigDecimal totalM2,
        BigDecimal occupiedM2,
        int tenants,
        int enterprises,
        int sized,
        int smes,
        int large,
        int certified,
        Map<String, Integer> perSegment) {

    /** Copies the segment counts. */
    public ParkTally {
        perSegment = Map.copyOf(perSegment);
    }
}
