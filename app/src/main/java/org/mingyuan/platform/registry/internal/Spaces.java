package org.mingyuan.platform.registry.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.internal.LetPeak.Span;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored buildings, units and leases of parks. */
@Repository
public class Spaces {

    private final JdbcClient jdbc;

    Spaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit with its building and park. */
    public record Unit(long id, long buildingId, long parkId, String buildingName, String name, BigDecimal areaM2) {}

    /** A building's area and the part let on a day. */
    public record BuildingArea(long id, String name, BigDecimal totalM2, BigDecimal occupiedM2) {}

    /** Stores a building of a park and returns its id. */
    public long addBuilding(long parkId, String name, @Nullable Integer floors) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into building (park_id, name, floors) values (?, ?, ?)")
                .params(parkId, name, floors)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The id of the park's building with this name. */
    public Optional<Long> buildingId(long parkId, String name) {
        return jdbc.sql("select id from building where park_id = ? and name = ?")
                .params(parkId, name)
                .query(Long.class)
                .optional();
    }

    /** The park a building belongs to. */
    public Optional<Long> parkOfBuilding(long buildingId) {
        return jdbc.sql("select park_id from building where id = ?")
                .param(buildingId)
                .query(Long.class)
                .optional();
    }

    /** Stores a unit of a building and returns its id. */
    public long addUnit(long buildingId, String name, @Nullable Integer floor, BigDecimal areaM2) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into space_unit (building_id, name, floor, area_m2) values (?, ?, ?, ?)")
                .params(buildingId, name, floor, areaM2)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The id of the building's unit with this name. */
    public Optional<Long> unitId(long buildingId, String name) {
        return jdbc.sql("select id from space_unit where building_id = ? and name = ?")
                .params(buildingId, name)
                .query(Long.class)
                .optional();
    }

    /** The unit with this id. */
    public Optional<Unit> unit(long unitId) {
        return jdbc.sql("select u.id, u.building_id, b.park_id, b.name as building_name, u.name, u.area_m2"
                        + " from space_unit u join building b on b.id = u.building_id where u.id = ?")
                .param(unitId)
                .query(Unit.class)
                .optional();
    }

    /**
     * Locks the unit's row until the transaction ends, so that its free area can be checked and a
     * lease written with no other lease written in between; false when there is no such unit.
     */
    public boolean lock(long unitId) {
        return jdbc.sql("select id from space_unit where id = ? for update")
                .param(unitId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /** The unit of a park found by building and unit name. */
    public Optional<Unit> unit(long parkId, String building, String unit) {
        return jdbc.sql("select u.id, u.building_id, b.park_id, b.name as building_name, u.name, u.area_m2"
                        + " from space_unit u join building b on b.id = u.building_id"
                        + " where b.park_id = ? and b.name = ? and u.name = ?")
                .params(parkId, building, unit)
                .query(Unit.class)
                .optional();
    }

    /** The most area of a unit let at any one moment of the half-open period [start, end). */
    public BigDecimal peakLeasedArea(long unitId, LocalDate start, LocalDate end) {
        List<Span> lets = jdbc.sql("select area_m2, start_on, end_on from lease where unit_id = ? and start_on < ?"
                        + " and end_on > ?")
                .params(unitId, Date.valueOf(end), Date.valueOf(start))
                .query((rs, row) -> new Span(
                        rs.getBigDecimal(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getDate(3).toLocalDate()))
                .list();
        return LetPeak.of(lets, start, end);
    }

    /** Stores a lease. */
    public void addLease(
            long unitId,
            long enterpriseId,
            BigDecimal areaM2,
            LocalDate start,
            LocalDate end,
            @Nullable BigDecimal rent) {
        jdbc.sql("insert into lease (unit_id, enterprise_id, area_m2, start_on, end_on, monthly_rent, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        unitId,
                        enterpriseId,
                        areaM2,
                        Date.valueOf(start),
                        Date.valueOf(end),
                        rent,
                        Timestamp.from(Instant.now()))
                .update();
    }

    /** Each building of the park with its area and the area let on {@code on}. */
    public List<BuildingArea> buildings(long parkId, LocalDate on) {
        return jdbc.sql("select b.id, b.name,"
                        + " coalesce((select sum(u.area_m2) from space_unit u where u.building_id = b.id), 0) as total_m2,"
                        + " coalesce((select sum(l.area_m2) from lease l join space_unit u on u.id = l.unit_id"
                        + "   where u.building_id = b.id and l.start_on <= ? and l.end_on > ?), 0) as occupied_m2"
                        + " from building b where b.park_id = ? order by b.name")
                .params(Date.valueOf(on), Date.valueOf(on), parkId)
                .query(BuildingArea.class)
                .list();
    }

    /** How many enterprises hold a lease in the park running on {@code on}. */
    public int tenants(long parkId, LocalDate on) {
        return jdbc.sql(
                        "select count(distinct l.enterprise_id) from lease l join space_unit u on u.id = l.unit_id"
                                + " join building b on b.id = u.building_id where b.park_id = ? and l.start_on <= ? and l.end_on > ?")
                .params(parkId, Date.valueOf(on), Date.valueOf(on))
                .query(Integer.class)
                .single();
    }

    /** Enterprises of the park per chain segment code (enterprises with no segment are left out). */
    public List<java.util.Map.Entry<String, Integer>> enterprisesPerSegment(long parkId) {
        return jdbc.sql("select chain_segment, count(*) from enterprise where park_id = ? and chain_segment is not null"
                        + " group by chain_segment")
                .param(parkId)
                .query((rs, row) -> java.util.Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
    }

    /** A unit of a park as the space page lists it, with the area let on the given day. */
    public record UnitRow(
            long id,
            long buildingId,
            String building,
            String name,
            @Nullable Integer floor,
            BigDecimal areaM2,
            BigDecimal letM2) {}

    /** A lease running on or after the given day, with its tenant. */
    public record LeaseRow(
            long unitId,
            String building,
            String unit,
            String creditCode,
            String tenant,
            BigDecimal areaM2,
            LocalDate startOn,
            LocalDate endOn,
            @Nullable BigDecimal monthlyRent) {}

    /** Every unit of the park, by building and name, with the area let on {@code on}. */
    public List<UnitRow> units(long parkId, LocalDate on) {
        return jdbc.sql("select u.id, b.id as building_id, b.name as building, u.name, u.floor, u.area_m2,"
                        + " coalesce((select sum(l.area_m2) from lease l where l.unit_id = u.id"
                        + "   and l.start_on <= ? and l.end_on > ?), 0) as let_m2"
                        + " from space_unit u join building b on b.id = u.building_id where b.park_id = ?"
                        + " order by b.name, u.name")
                .params(Date.valueOf(on), Date.valueOf(on), parkId)
                .query((rs, row) -> new UnitRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7)))
                .list();
    }

    /** The park's leases that have not ended by {@code on}, by building, unit and start. */
    public List<LeaseRow> leases(long parkId, LocalDate on) {
        return jdbc.sql("select u.id, b.name, u.name, e.credit_code, e.name, l.area_m2, l.start_on, l.end_on,"
                        + " l.monthly_rent from lease l join space_unit u on u.id = l.unit_id"
                        + " join building b on b.id = u.building_id join enterprise e on e.id = l.enterprise_id"
                        + " where b.park_id = ? and l.end_on > ? order by b.name, u.name, l.start_on")
                .params(parkId, Date.valueOf(on))
                .query((rs, row) -> new LeaseRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getDate(7).toLocalDate(),
                        rs.getDate(8).toLocalDate(),
                        rs.getBigDecimal(9)))
                .list();
    }
}
