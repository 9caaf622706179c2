package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A park's space on one day, computed from its units and leases (never declared), and its
 * enterprises per chain segment.
 *
 * @param totalM2 area of all units
 * @param occupiedM2 area let under leases running on {@code on}
 * @param tenants enterprises with a lease running on {@code on}
 * @param segments enterprises of the park per chain segment, every segment listed (zero where none)
 */
public record Occupancy(
        long parkId,
        LocalDate on,
        BigDecimal totalM2,
        BigDecimal occupiedM2,
        int tenants,
        List<BuildingSpace> buildings,
        List<SegmentCount> segments) {

    /** Area not let, never negative. */
    public BigDecimal vacantM2() {
        return totalM2.subtract(occupiedM2).max(BigDecimal.ZERO);
    }

    /** Occupied share of the area in percent (one decimal); null for a park with no recorded space. */
    public @Nullable BigDecimal ratePercent() {
        return totalM2.signum() == 0
                ? null
                : occupiedM2.multiply(BigDecimal.valueOf(100)).divide(totalM2, 1, RoundingMode.HALF_UP);
    }

    /** One building's area and the part of it let. */
    public record BuildingSpace(long id, String name, BigDecimal totalM2, BigDecimal occupiedM2) {}

    /** How many of the park's enterprises are in one chain segment. */
    public record SegmentCount(ChainSegment segment, int enterprises) {}
}
