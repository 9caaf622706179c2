package org.mingyuan.platform.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.chain.ChainMapView;
import org.mingyuan.platform.evaluation.chain.ChainMaps;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ParkCensus;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The industry-chain map (产业链图谱) for officials and park operators: every park's enterprises per chain segment, its
 * gaps, and the parks strong in each gap. Counts of every park are aggregates anyone of them may see; enterprise names
 * are listed only for one park asked for, and only to officials and that park's own operators.
 */
@Service
public class ChainMap {

    private final ChainTaxonomy taxonomy;
    private final ParkCatalog parks;
    private final ParkCensus census;
    private final EnterpriseRegistry registry;

    ChainMap(ChainTaxonomy taxonomy, ParkCatalog parks, ParkCensus census, EnterpriseRegistry registry) {
        this.taxonomy = taxonomy;
        this.parks = parks;
        this.census = census;
        this.registry = registry;
    }

    /** True when the caller may see the map: officials (who see the whole registry) and park operators. */
    public static boolean mayView(Caller caller) {
        return caller.isOfficial() || caller.has(Role.PARK_OPERATOR);
    }

    /** True when the caller may see the names of {@code park}'s enterprises: officials and that park's operators. */
    public static boolean seesNames(Caller caller, ParkId park) {
        return caller.isOfficial() || (caller.has(Role.PARK_OPERATOR) && Objects.equals(caller.parkId(), park.value()));
    }

    /**
     * The map of every park, or of {@code only} (with candidates from every park); refused for anyone but officials and
     * park operators, and as not found for an unknown park.
     */
    public ChainMapView of(Caller caller, @Nullable ParkId only) {
        if (!mayView(caller)) {
            throw new AccessDeniedException("the chain map is for officials and park operators");
        }
        if (only != null) {
            parks.get(only);
        }
        List<ChainSegment> segments = taxonomy.all();
        List<Park> all = parks.all();
        Map<ParkId, Map<String, Integer>> perSegment = new LinkedHashMap<>();
        census.all(RegistryTime.today(), Set.of()).forEach((park, tally) -> perSegment.put(park, tally.perSegment()));
        Map<String, List<String>> members =
                only != null && seesNames(caller, only) ? members(caller, only, segments) : null;
        return ChainMaps.build(segments, all, perSegment, only, members);
    }

    private Map<String, List<String>> members(Caller caller, ParkId park, List<ChainSegment> segments) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        segments.forEach(segment -> names.put(segment.code(), new ArrayList<>()));
        EnterpriseQuery query =
                new EnterpriseQuery(null, park.value(), null, null, null, null, 0, EnterpriseQuery.MAX_SIZE);
        registry.all(caller, query).stream()
                .filter(enterprise -> Objects.equals(enterprise.parkId(), park.value()))
                .filter(enterprise -> enterprise.chainSegment() != null)
                .sorted(Comparator.comparing(Enterprise::name))
                .forEach(enterprise -> {
                    List<String> list = names.get(enterprise.chainSegment());
                    if (list != null && list.size() < ChainMaps.MOST_NAMES) {
                        list.add(enterprise.name());
                    }
                });
        names.replaceAll((segment, list) -> List.copyOf(list));
        return names;
    }
}
