package org.mingyuan.platform.scenarios.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.scenarios.Milestone;
import org.mingyuan.platform.scenarios.MonitoringReport;
import org.mingyuan.platform.scenarios.ScenarioId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored delivery of awarded scenarios: milestones, and a sandbox pilot's monitoring reports. */
@Repository
public class Deliveries {

    private static final String MILESTONE = "id, scenario_id, name, due_on, state, delivery_note, material_id,"
            + " delivered_at, decision_note, decided_at";

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a pending milestone; returns its id. */
    public long addMilestone(ScenarioId scenario, String name, LocalDate dueOn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into scenario_milestone (scenario_id, name, due_on, state) values (?, ?, ?, 'PENDING')")
                .params(scenario.value(), name, dueOn)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The scenario's milestones by due date. */
    public List<Milestone> milestones(ScenarioId scenario) {
        return jdbc.sql("select " + MILESTONE + " from scenario_milestone where scenario_id = ? order by due_on, id")
                .param(scenario.value())
                .query((rs, n) -> milestone(rs))
                .list();
    }

    /** The milestone, if it belongs to the scenario. */
    public Optional<Milestone> milestone(ScenarioId scenario, long id) {
        return jdbc.sql("select " + MILESTONE + " from scenario_milestone where id = ? and scenario_id = ?")
                .params(id, scenario.value())
                .query((rs, n) -> milestone(rs))
                .optional();
    }

    /** Marks a pending or returned milestone delivered; false when it was in neither state. */
    public boolean deliver(long id, String note, @Nullable Long materialId, Instant now) {
        return jdbc.sql("update scenario_milestone set state = 'DELIVERED', delivery_note = ?, material_id = ?,"
                                + " delivered_at = ?, decision_note = null, decided_at = null"
                                + " where id = ? and state in ('PENDING', 'RETURNED')")
                        .params(note, materialId, Timestamp.from(now), id)
                        .update()
                == 1;
    }

    /** Accepts or returns a delivered milestone; false when it was not delivered. */
    public boolean decide(long id, Milestone.State to, String note, Instant now) {
        return jdbc.sql("update scenario_milestone set state = ?, decision_note = ?, decided_at = ?"
                                + " where id = ? and state = 'DELIVERED'")
                        .params(to.name(), note, Timestamp.from(now), id)
                        .update()
                == 1;
    }

    /** Stores a monitoring report with its readings; empty when the period was reported already. */
    public Optional<Long> report(
            ScenarioId scenario,
            String period,
            String note,
            List<MonitoringReport.Reading> readings,
            String actor,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into scenario_monitoring_report (scenario_id, period, note, reported_by, reported_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(scenario.value(), period, note, actor, Timestamp.from(now))
                    .update(keys, "id");
        } catch (DuplicateKeyException twice) {
            return Optional.empty();
        }
        long id = keys.getKeyAs(Number.class).longValue();
        for (MonitoringReport.Reading reading : readings) {
            jdbc.sql("insert into scenario_monitoring_value (report_id, position, value, breached) values (?, ?, ?, ?)")
                    .params(id, reading.position(), reading.value(), reading.breached())
                    .update();
        }
        return Optional.of(id);
    }

    /** The scenario's monitoring reports, in the order reported. */
    public List<MonitoringReport> reports(ScenarioId scenario) {
        return jdbc.sql("select id, period, note, reported_by, reported_at from scenario_monitoring_report"
                        + " where scenario_id = ? order by id")
                .param(scenario.value())
                .query((rs, n) -> new MonitoringReport(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        readings(rs.getLong(1)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private List<MonitoringReport.Reading> readings(long reportId) {
        return jdbc.sql("select position, value, breached from scenario_monitoring_value where report_id = ?"
                        + " order by position")
                .param(reportId)
                .query((rs, n) -> new MonitoringReport.Reading(
                        rs.getInt(1), Scenarios.plain(rs.getBigDecimal(2)), rs.getBoolean(3)))
                .list();
    }

    private static Milestone milestone(ResultSet rs) throws SQLException {
        long material = rs.getLong("material_id");
        Long materialId = rs.wasNull() ? null : material;
        return new Milestone(
                rs.getLong("id"),
                new ScenarioId(rs.getLong("scenario_id")),
                rs.getString("name"),
                rs.getObject("due_on", LocalDate.class),
                Milestone.State.valueOf(rs.getString("state")),
                rs.getString("delivery_note"),
                materialId,
                Scenarios.instant(rs.getTimestamp("delivered_at")),
                rs.getString("decision_note"),
                Scenarios.instant(rs.getTimestamp("decided_at")));
    }
}
