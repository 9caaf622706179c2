package org.mingyuan.platform.registry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.ParkTarget;
import org.mingyuan.platform.registry.Provenance;
import org.mingyuan.platform.registry.Sourced;
import org.mingyuan.platform.registry.TargetMetric;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored parks and their planned targets. */
@Repository
public class Parks {

    private static final String COLUMNS = "id, code, name_zh, name_en, province_zh, city_zh, city_en, district_zh,"
            + " operator_zh, operator_en, operator_provenance, floor_area_m2, floor_area_provenance, government_led,"
            + " government_led_provenance, launched_on, summary_zh, summary_en, source";

    private final JdbcClient jdbc;

    Parks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every park, ordered by province, city and name. */
    public List<Park> all() {
        Map<Long, List<ParkTarget>> targets = jdbc
                .sql("select park_id, metric, planned, planned_by,"
                        + " planned_provenance, actual, actual_as_of, actual_provenance, source from park_target"
                        + " order by park_id, metric")
                .query((rs, row) -> Map.entry(rs.getLong("park_id"), target(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select " + COLUMNS + " from park order by province_zh, city_zh, name_zh")
                .query((rs, row) -> park(rs, targets.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The park with this id, with its targets. */
    public Optional<Park> byId(ParkId id) {
        List<ParkTarget> targets = jdbc.sql("select metric, planned, planned_by, planned_provenance, actual,"
                        + " actual_as_of, actual_provenance, source from park_target where park_id = ? order by metric")
                .param(id.value())
                .query((rs, row) -> target(rs))
                .list();
        return jdbc.sql("select " + COLUMNS + " from park where id = ?")
                .param(id.value())
                .query((rs, row) -> park(rs, targets))
                .optional();
    }

    /** True when a park with this code exists. */
    public boolean existsByCode(String code) {
        return jdbc.sql("select count(*) from park where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Stores a park and its targets; returns its id. */
    public ParkId insert(Park park) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into park (code, name_zh, name_en, province_zh, city_zh, city_en, district_zh,"
                        + " operator_zh, operator_en, operator_provenance, floor_area_m2, floor_area_provenance,"
                        + " government_led, government_led_provenance, launched_on, summary_zh, summary_en, source)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        park.code(),
                        park.nameZh(),
                        park.nameEn(),
                        park.provinceZh(),
                        park.cityZh(),
                        park.cityEn(),
                        park.districtZh(),
                        valueOf(park.operatorZh()),
                        park.operatorEn(),
                        provenanceOf(park.operatorZh()),
                        valueOf(park.floorAreaM2()),
                        provenanceOf(park.floorAreaM2()),
                        valueOf(park.governmentLed()),
                        provenanceOf(park.governmentLed()),
                        park.launchedOn() == null ? null : Date.valueOf(park.launchedOn()),
                        park.summaryZh(),
                        park.summaryEn(),
                        park.source())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (ParkTarget target : park.targets()) {
            jdbc.sql("insert into park_target (park_id, metric, planned, planned_by, planned_provenance, actual,"
                            + " actual_as_of, actual_provenance, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            target.metric().name(),
                            target.planned().value(),
                            target.plannedBy() == null ? null : Date.valueOf(target.plannedBy()),
                            target.planned().provenance().name(),
                            valueOf(target.actual()),
                            target.actualAsOf() == null ? null : Date.valueOf(target.actualAsOf()),
                            provenanceOf(target.actual()),
                            target.source())
                    .update();
        }
        return new ParkId(id);
    }

    private static Park park(ResultSet rs, List<ParkTarget> targets) throws SQLException {
        return new Park(
                new ParkId(rs.getLong("id")),
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getString("province_zh"),
                rs.getString("city_zh"),
                rs.getString("city_en"),
                rs.getString("district_zh"),
                sourced(rs.getString("operator_zh"), rs.getString("operator_provenance")),
                rs.getString("operator_en"),
                sourced(rs.getBigDecimal("floor_area_m2"), rs.getString("floor_area_provenance")),
                sourced(rs.getObject("government_led", Boolean.class), rs.getString("government_led_provenance")),
                localDate(rs.getDate("launched_on")),
                rs.getString("summary_zh"),
                rs.getString("summary_en"),
                rs.getString("source"),
                targets);
    }

    private static ParkTarget target(ResultSet rs) throws SQLException {
        return new ParkTarget(
                TargetMetric.valueOf(rs.getString("metric")),
                new Sourced<>(rs.getBigDecimal("planned"), Provenance.valueOf(rs.getString("planned_provenance"))),
                localDate(rs.getDate("planned_by")),
                sourced(rs.getBigDecimal("actual"), rs.getString("actual_provenance")),
                localDate(rs.getDate("actual_as_of")),
                rs.getString("source"));
    }

    private static <T> @Nullable Sourced<T> sourced(@Nullable T value, @Nullable String provenance) {
        return value == null || provenance == null ? null : new Sourced<>(value, Provenance.valueOf(provenance));
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Object valueOf(@Nullable Sourced<?> sourced) {
        return sourced == null ? null : sourced.value();
    }

    private static @Nullable String provenanceOf(@Nullable Sourced<?> sourced) {
        return sourced == null ? null : sourced.provenance().name();
    }
}
