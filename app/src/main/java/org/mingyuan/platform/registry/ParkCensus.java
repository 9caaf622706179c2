package org.mingyuan.platform.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mingyuan.platform.registry.internal.ParkTallies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every park's counts in one go (space let, tenants, enterprises per size class, certified, per chain segment), read
 * in a handful of aggregate queries whatever the number of parks and enterprises. A read for other modules of counts
 * only, never names: the caller decides who may see them.
 */
@Service
public class ParkCensus {

    private final ParkCatalog parks;
    private final ParkTallies tallies;

    ParkCensus(ParkCatalog parks, ParkTallies tallies) {
        this.parks = parks;
        this.tallies = tallies;
    }

    /**
     * Each park's tally on {@code on}, every park present (with zeros where it has nothing), in the catalogue's order.
     * Leases and certifications count as they run or are valid on {@code on}; size classes and parks are as the
     * registry holds them now.
     *
     * @param certificationTypes the certification type codes that make an enterprise {@link ParkTally#certified()}
     */
    @Transactional(readOnly = true)
    public Map<ParkId, ParkTally> all(LocalDate on, Set<String> certificationTypes) {
        Map<Long, ParkTallies.Space> space = tallies.space(on);
        Map<Long, ParkTallies.Makeup> makeup = tallies.makeup();
        Map<Long, Integer> certified = tallies.certified(on, certificationTypes);
        Map<Long, Map<String, Integer>> segments = tallies.perSegment();
        Map<ParkId, ParkTally> all = new LinkedHashMap<>();
        for (Park park : parks.all()) {
            long id = park.id().value();
            ParkTallies.Space s = space.getOrDefault(id, ParkTallies.Space.NONE);
            ParkTallies.Makeup m = makeup.getOrDefault(id, ParkTallies.Makeup.NONE);
            all.put(
                    park.id(),
                    new ParkTally(
                            park.id(),
                            s.totalM2(),
                            s.occupiedM2(),
                            s.tenants(),
                            m.enterprises(),
                            m.sized(),
                            m.smes(),
                            m.large(),
                            certified.getOrDefault(id, 0),
                            segments.getOrDefault(id, Map.of())));
        }
        return all;
    }
}
