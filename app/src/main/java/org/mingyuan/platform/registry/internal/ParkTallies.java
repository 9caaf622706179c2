package org.mingyuan.platform.registry.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregate counts per park over space, leases, enterprises and certifications: one grouped query each. */
@Repository
public class ParkTallies {

    private final JdbcClient jdbc;

    ParkTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A park's area, the part let on a day and its tenants that day. */
    public record Space(BigDecimal totalM2, BigDecimal occupiedM2, int tenants) {
        /** A park with no recorded space. */
        public static final Space NONE = new Space(BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    /** A park's registered enterprises: all, with a size class, small-or-medium, large. */
    public record Makeup(int enterprises, int sized, int smes, int large) {
        /** A park with no registered enterprise. */
        public static final Makeup NONE = new Makeup(0, 0, 0, 0);
    }

    /** Per park id, its space on {@code on}; parks without units are left out. */
    public Map<Long, Space> space(LocalDate on) {
        Map<Long, BigDecimal> total = new HashMap<>();
        jdbc.sql("select b.park_id, sum(u.area_m2) from space_unit u join building b on b.id = u.building_id"
                        + " group by b.park_id")
                .query(rs -> {
                    total.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        Map<Long, Space> space = new HashMap<>();
        total.forEach((park, area) -> space.put(park, new Space(area, BigDecimal.ZERO, 0)));
        jdbc.sql("select b.park_id, sum(l.area_m2), count(distinct l.enterprise_id) from lease l"
                        + " join space_unit u on u.id = l.unit_id join building b on b.id = u.building_id"
                        + " where l.start_on <= ? and l.end_on > ? group by b.park_id")
                .params(Date.valueOf(on), Date.valueOf(on))
                .query(rs -> {
                    long park = rs.getLong(1);
                    space.put(
                            park,
                            new Space(total.getOrDefault(park, BigDecimal.ZERO), rs.getBigDecimal(2), rs.getInt(3)));
                });
        return space;
    }

    /** Per park id, its registered enterprises by size class; parks without enterprises are left out. */
    public Map<Long, Makeup> makeup() {
        Map<Long, Makeup> makeup = new HashMap<>();
        jdbc.sql("select park_id, count(*), count(size_class),"
                        + " sum(case when size_class in ('MEDIUM', 'SMALL', 'MICRO') then 1 else 0 end),"
                        + " sum(case when size_class = 'LARGE' then 1 else 0 end)"
                        + " from enterprise where park_id is not null group by park_id")
                .query(rs -> {
                    makeup.put(rs.getLong(1), new Makeup(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                });
        return makeup;
    }

    /**
     * Per park id, its registered enterprises holding at least one certification of {@code types} valid on {@code on}
     * (issued by then, if known, and not expired); parks with none are left out.
     */
    public Map<Long, Integer> certified(LocalDate on, Set<String> types) {
        Map<Long, Integer> certified = new HashMap<>();
        if (types.isEmpty()) {
            return certified;
        }
        jdbc.sql("select e.park_id, count(distinct e.id) from enterprise e"
                        + " join enterprise_certification c on c.enterprise_id = e.id"
                        + " where e.park_id is not null and c.type_code in (:types)"
                        + " and (c.issued_on is null or c.issued_on <= :on) and (c.expires_on is null or c.expires_on > :on)"
                        + " group by e.park_id")
                .param("types", types)
                .param("on", Date.valueOf(on))
                .query(rs -> {
                    certified.put(rs.getLong(1), rs.getInt(2));
                });
        return certified;
    }

    /** Per park id, its registered enterprises per chain segment code; enterprises without a segment left out. */
    public Map<Long, Map<String, Integer>> perSegment() {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        jdbc.sql("select park_id, chain_segment, count(*) from enterprise"
                        + " where park_id is not null and chain_segment is not null group by park_id, chain_segment")
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong(1), p -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return counts;
    }
}
