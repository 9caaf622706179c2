package org.mingyuan.platform.registry.internal.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.internal.ChainSegments;
import org.mingyuan.platform.registry.internal.FactKindStore;
import org.mingyuan.platform.registry.sizing.SizeClassifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the small reference tables a pass over the registry's facts needs (park codes, segment tiers, fact kinds) once. */
@Component
class MatchingContexts {

    private final JdbcClient jdbc;
    private final ChainSegments segments;
    private final SizeClassifications sizing;
    private final FactKindStore kinds;

    MatchingContexts(JdbcClient jdbc, ChainSegments segments, SizeClassifications sizing, FactKindStore kinds) {
        this.kinds = kinds;
        this.jdbc = jdbc;
        this.segments = segments;
        this.sizing = sizing;
    }

    /** The lookups of a pass on {@code asOf}, as the tables are now. */
    MatchingValues.Lookups current(LocalDate asOf) {
        Map<Long, String> parks = new HashMap<>();
        jdbc.sql("select id, code from park").query(rs -> {
            parks.put(rs.getLong(1), rs.getString(2));
        });
        Map<String, String> tiers = new HashMap<>();
        for (ChainSegment segment : segments.all()) {
            tiers.put(segment.code(), segment.tier());
        }
        Map<String, MatchingValues.Named> byKey = new HashMap<>();
        for (FactKind kind : kinds.all()) {
            byKey.put(kind.key(), new MatchingValues.Named(kind, kind.clauseKey()));
        }
        return new MatchingValues.Lookups(asOf, Map.copyOf(parks), Map.copyOf(tiers), Map.copyOf(byKey), sizing);
    }
}
