package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.CaseStep;
import org.mingyuan.platform.fulfillment.StepKind;
import org.mingyuan.platform.policy.StageRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored steps of cases: every submission, decision, return and resubmission, timed. */
@Repository
public class Steps {

    private static final String COLUMNS = "id, case_id, event_id, kind, stage_index, stage_zh, stage_en, stage_role,"
            + " entered_at, due_on, actor, acted_at, working_days, amount, condition_zh, condition_en, note";

    private final JdbcClient jdbc;

    Steps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a step (its id is ignored) and returns it with its id. */
    public CaseStep insert(CaseStep step) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fulfillment_step (case_id, event_id, kind, stage_index, stage_zh, stage_en, stage_role,"
                        + " entered_at, due_on, actor, acted_at, working_days, amount, condition_zh, condition_en,"
                        + " note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        step.caseId(),
                        step.eventId(),
                        step.kind().name(),
                        step.stageIndex(),
                        step.stageZh(),
                        step.stageEn(),
                        step.stageRole() == null ? null : step.stageRole().name(),
                        timestamp(step.enteredAt()),
                        step.dueOn() == null ? null : Date.valueOf(step.dueOn()),
                        step.actor(),
                        Timestamp.from(step.actedAt()),
                        step.workingDays(),
                        step.amount(),
                        step.conditionZh(),
                        step.conditionEn(),
                        step.note())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new CaseStep(
                id,
                step.caseId(),
                step.eventId(),
                step.kind(),
                step.stageIndex(),
                step.stageZh(),
                step.stageEn(),
                step.stageRole(),
                step.enteredAt(),
                step.dueOn(),
                step.actor(),
                step.actedAt(),
                step.workingDays(),
                step.amount(),
                step.conditionZh(),
                step.conditionEn(),
                step.note());
    }

    /** A case's steps, in the order taken. */
    public List<CaseStep> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_step where case_id = ? order by id")
                .param(caseId)
                .query(Steps::row)
                .list();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static CaseStep row(ResultSet rs, int n) throws SQLException {
        String role = rs.getString("stage_role");
        Timestamp entered = rs.getTimestamp("entered_at");
        Date due = rs.getDate("due_on");
        BigDecimal amount = rs.getBigDecimal("amount");
        LocalDate dueOn = due == null ? null : due.toLocalDate();
        return new CaseStep(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("event_id"),
                StepKind.valueOf(rs.getString("kind")),
                rs.getObject("stage_index", Integer.class),
                rs.getString("stage_zh"),
                rs.getString("stage_en"),
                role == null ? null : StageRole.valueOf(role),
                entered == null ? null : entered.toInstant(),
                dueOn,
                rs.getString("actor"),
                rs.getTimestamp("acted_at").toInstant(),
                rs.getObject("working_days", Integer.class),
                amount,
                rs.getString("condition_zh"),
                rs.getString("condition_en"),
                rs.getString("note"));
    }
}
