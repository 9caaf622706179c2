package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.CaseState;
import org.mingyuan.platform.fulfillment.ReviewCase;
import org.mingyuan.platform.policy.StageRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored cases. Every change names the revision it was decided on and takes effect only if the case is still at
 * it (and in the state it expects), so two reviewers acting at once never both change one case: the second finds
 * nothing changed and is told so.
 */
@Repository
public class Cases {

    private static final String COLUMNS = "id, application_id, enterprise_id, credit_code, park_id, clause_id,"
            + " clause_version, policy_id, department, title_zh, title_en, estimated_amount, cap, proposed_amount,"
            + " approved_amount, state, stage_index, stage_count, stage_role, stage_entered_at, stage_due, revision,"
            + " created_at, updated_at, notice_from, notice_until, paid_amount, paid_on, closed_at";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new case at its first stage. */
    public record NewCase(
            long applicationId,
            long enterpriseId,
            String creditCode,
            @Nullable Long parkId,
            String clauseId,
            int clauseVersion,
            long policyId,
            String department,
            String titleZh,
            String titleEn,
            @Nullable BigDecimal estimatedAmount,
            @Nullable BigDecimal cap,
            int stageCount,
            StageRole stageRole,
            Instant enteredAt,
            LocalDate due) {}

    /**
     * Stores a new case and returns its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the enterprise has a case for the clause that is not
     *     rejected
     */
    public long insert(NewCase c) {
        var keys = new GeneratedKeyHolder();
        Timestamp at = Timestamp.from(c.enteredAt());
        jdbc.sql("insert into fulfillment_case (application_id, enterprise_id, credit_code, park_id, clause_id,"
                        + " clause_version, policy_id, department, title_zh, title_en, estimated_amount, cap, state,"
                        + " stage_index, stage_count, stage_role, stage_entered_at, stage_due, open_clause, revision,"
                        + " created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IN_REVIEW', 0, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(
                        c.applicationId(),
                        c.enterpriseId(),
                        c.creditCode(),
                        c.parkId(),
                        c.clauseId(),
                        c.clauseVersion(),
                        c.policyId(),
                        c.department(),
                        c.titleZh(),
                        c.titleEn(),
                        c.estimatedAmount(),
                        c.cap(),
                        c.stageCount(),
                        c.stageRole().name(),
                        at,
                        Date.valueOf(c.due()),
                        c.clauseId(),
                        at,
                        at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * An award granted without application (免申即享), approved as it is opened: past its last stage, on public notice
     * from {@code noticeFrom} through {@code noticeUntil} (null when notices are off).
     */
    public record GrantedCase(
            long applicationId,
            long enterpriseId,
            String creditCode,
            @Nullable Long parkId,
            String clauseId,
            int clauseVersion,
            long policyId,
            String department,
            String titleZh,
            String titleEn,
            BigDecimal amount,
            @Nullable BigDecimal cap,
            int stageCount,
            Instant approvedAt,
            @Nullable LocalDate noticeFrom,
            @Nullable LocalDate noticeUntil) {}

    /**
     * Stores an approved case for a granted award and returns its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the enterprise has a case for the clause that is not
     *     closed as rejected
     */
    public long insertGranted(GrantedCase c) {
        var keys = new GeneratedKeyHolder();
        Timestamp at = Timestamp.from(c.approvedAt());
        jdbc.sql("insert into fulfillment_case (application_id, enterprise_id, credit_code, park_id, clause_id,"
                        + " clause_version, policy_id, department, title_zh, title_en, estimated_amount, cap,"
                        + " proposed_amount, approved_amount, state, stage_index, stage_count, open_clause, revision,"
                        + " created_at, updated_at, notice_from, notice_until)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, 0, ?, ?, ?, ?)")
                .params(
                        c.applicationId(),
                        c.enterpriseId(),
                        c.creditCode(),
                        c.parkId(),
                        c.clauseId(),
                        c.clauseVersion(),
                        c.policyId(),
                        c.department(),
                        c.titleZh(),
                        c.titleEn(),
                        c.amount(),
                        c.cap(),
                        c.amount(),
                        c.amount(),
                        c.stageCount(),
                        c.stageCount(),
                        c.clauseId(),
                        at,
                        at,
                        c.noticeFrom() == null ? null : Date.valueOf(c.noticeFrom()),
                        c.noticeUntil() == null ? null : Date.valueOf(c.noticeUntil()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The case with this id, if any. */
    public Optional<ReviewCase> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_case where id = ?")
                .param(id)
                .query(Cases::row)
                .optional();
    }

    /** The enterprise's case for the clause that is not rejected, if any. */
    public Optional<ReviewCase> openFor(long enterpriseId, String clauseId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_case where enterprise_id = ? and open_clause = ?")
                .params(enterpriseId, clauseId)
                .query(Cases::row)
                .optional();
    }

    /** The cases of an application, in the order filed. */
    public List<ReviewCase> ofApplication(long applicationId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_case where application_id = ? order by id")
                .param(applicationId)
                .query(Cases::row)
                .list();
    }

    /** The enterprise's cases, newest first, at most {@code limit}. */
    public List<ReviewCase> ofEnterprise(long enterpriseId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_case where enterprise_id = ? order by id desc limit ?")
                .params(enterpriseId, limit)
                .query(Cases::row)
                .list();
    }

    /**
     * The cases in review waiting on a stage of the given scope, the soonest due first (ties by id): park stages of
     * {@code park}, department stages of {@code reviewing}, finance stages of {@code paying}. Empty when the scope is.
     */
    public List<ReviewCase> waitingOn(
            @Nullable Long park, Collection<String> reviewing, Collection<String> paying, int limit, int offset) {
        List<String> clauses = new ArrayList<>();
        if (park != null) {
            clauses.add("(stage_role = 'PARK' and park_id = :park)");
        }
        if (!reviewing.isEmpty()) {
            clauses.add("(stage_role = 'DEPARTMENT' and department in (:reviewing))");
        }
        if (!paying.isEmpty()) {
            clauses.add("(stage_role = 'FINANCE' and department in (:paying))");
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        var query = jdbc.sql("select " + COLUMNS + " from fulfillment_case where state = 'IN_REVIEW' and ("
                        + String.join(" or ", clauses) + ") order by stage_due, id limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset);
        if (park != null) {
            query = query.param("park", park);
        }
        if (!reviewing.isEmpty()) {
            query = query.param("reviewing", List.copyOf(reviewing));
        }
        if (!paying.isEmpty()) {
            query = query.param("paying", List.copyOf(paying));
        }
        return query.query(Cases::row).list();
    }

    /** Moves a case in review on to stage {@code next}, proposing {@code amount}; false when it changed meanwhile. */
    public boolean pass(
            long id,
            int revision,
            int next,
            StageRole role,
            Instant enteredAt,
            LocalDate due,
            @Nullable BigDecimal amount) {
        return jdbc.sql("update fulfillment_case set stage_index = ?, stage_role = ?, stage_entered_at = ?,"
                                + " stage_due = ?, proposed_amount = ?, revision = revision + 1, updated_at = ?"
                                + " where id = ? and revision = ? and state = 'IN_REVIEW'")
                        .params(
                                next,
                                role.name(),
                                Timestamp.from(enteredAt),
                                Date.valueOf(due),
                                amount,
                                Timestamp.from(enteredAt),
                                id,
                                revision)
                        .update()
                > 0;
    }

    /**
     * Approves a case in review at {@code amount}, listed in public notice from {@code noticeFrom} through {@code
     * noticeUntil} (both null when not listed); false when it changed meanwhile.
     */
    public boolean approve(
            long id,
            int revision,
            BigDecimal amount,
            Instant now,
            @Nullable LocalDate noticeFrom,
            @Nullable LocalDate noticeUntil) {
        return jdbc.sql("update fulfillment_case set state = 'APPROVED', proposed_amount = ?, approved_amount = ?,"
                                + " stage_index = stage_count, stage_role = null, stage_entered_at = null,"
                                + " stage_due = null, notice_from = ?, notice_until = ?, revision = revision + 1,"
                                + " updated_at = ? where id = ? and revision = ? and state = 'IN_REVIEW'")
                        .params(
                                amount,
                                amount,
                                noticeFrom == null ? null : Date.valueOf(noticeFrom),
                                noticeUntil == null ? null : Date.valueOf(noticeUntil),
                                Timestamp.from(now),
                                id,
                                revision)
                        .update()
                > 0;
    }

    /**
     * Withdraws an approved case whose award an upheld objection took back: it is closed, and the enterprise may apply
     * for the clause again. False when it changed meanwhile.
     */
    public boolean withdraw(long id, int revision, Instant now) {
        return jdbc.sql("update fulfillment_case set state = 'WITHDRAWN', open_clause = null, revision = revision + 1,"
                                + " updated_at = ?, closed_at = ? where id = ? and revision = ? and state = 'APPROVED'")
                        .params(Timestamp.from(now), Timestamp.from(now), id, revision)
                        .update()
                > 0;
    }

    /**
     * The cases of {@code departments} with an objection not yet answered, the oldest objection first; empty when no
     * department is given.
     */
    public List<ReviewCase> withOpenObjections(Collection<String> departments, int limit) {
        if (departments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from fulfillment_case c join (select case_id, min(lodged_at) as first_lodged"
                        + " from fulfillment_objection where outcome is null group by case_id) o on o.case_id = c.id"
                        + " where c.department in (:departments) order by o.first_lodged, c.id limit :limit")
                .param("departments", List.copyOf(departments))
                .param("limit", limit)
                .query(Cases::row)
                .list();
    }

    /** Rejects a case in review; the enterprise may apply for the clause again. False when it changed meanwhile. */
    public boolean reject(long id, int revision, Instant now) {
        return jdbc.sql("update fulfillment_case set state = 'REJECTED', open_clause = null, stage_role = null,"
                                + " stage_entered_at = null, stage_due = null, revision = revision + 1, updated_at = ?, closed_at = ?"
                                + " where id = ? and revision = ? and state = 'IN_REVIEW'")
                        .params(Timestamp.from(now), Timestamp.from(now), id, revision)
                        .update()
                > 0;
    }

    /** Returns a case in review to the enterprise for more material; false when it changed meanwhile. */
    public boolean returnToEnterprise(long id, int revision, Instant now) {
        return jdbc.sql("update fulfillment_case set state = 'RETURNED', stage_due = null, revision = revision + 1,"
                                + " updated_at = ? where id = ? and revision = ? and state = 'IN_REVIEW'")
                        .params(Timestamp.from(now), id, revision)
                        .update()
                > 0;
    }

    /** Puts a returned case back in review at its stage, begun again; false when it changed meanwhile. */
    public boolean resubmit(long id, int revision, Instant enteredAt, LocalDate due) {
        return jdbc.sql("update fulfillment_case set state = 'IN_REVIEW', stage_entered_at = ?, stage_due = ?,"
                                + " revision = revision + 1, updated_at = ? where id = ? and revision = ?"
                                + " and state = 'RETURNED'")
                        .params(Timestamp.from(enteredAt), Date.valueOf(due), Timestamp.from(enteredAt), id, revision)
                        .update()
                > 0;
    }

    /**
     * One required material of a case and what was handed in for it.
     *
     * @param materialId the material's id in the enterprise's material library; null while none is given
     */
    public record Material(
            int position, String name, @Nullable Long materialId) {}

    /** Stores a case's required materials with what was handed in, in order. */
    public void insertMaterials(long caseId, List<Material> materials) {
        for (Material m : materials) {
            jdbc.sql("insert into fulfillment_case_material (case_id, position, name, material_id) values (?, ?, ?, ?)")
                    .params(caseId, m.position(), m.name(), m.materialId())
                    .update();
        }
    }

    /** Records what was handed in for the material at {@code position}. */
    public void handIn(long caseId, int position, @Nullable Long materialId) {
        jdbc.sql("update fulfillment_case_material set material_id = ? where case_id = ? and position = ?")
                .params(materialId, caseId, position)
                .update();
    }

    /** A case's required materials, in order. */
    public List<Material> materials(long caseId) {
        return jdbc.sql("select position, name, material_id from fulfillment_case_material where case_id = ?"
                        + " order by position")
                .param(caseId)
                .query((rs, n) -> new Material(rs.getInt(1), rs.getString(2), rs.getObject(3, Long.class)))
                .list();
    }

    private static ReviewCase row(ResultSet rs, int n) throws SQLException {
        String role = rs.getString("stage_role");
        Timestamp entered = rs.getTimestamp("stage_entered_at");
        Date due = rs.getDate("stage_due");
        return new ReviewCase(
                rs.getLong("id"),
                rs.getLong("application_id"),
                rs.getLong("enterprise_id"),
                rs.getString("credit_code"),
                rs.getObject("park_id", Long.class),
                rs.getString("clause_id"),
                rs.getInt("clause_version"),
                rs.getLong("policy_id"),
                rs.getString("department"),
                rs.getString("title_zh"),
                rs.getString("title_en"),
                rs.getBigDecimal("estimated_amount"),
                rs.getBigDecimal("cap"),
                rs.getBigDecimal("proposed_amount"),
                rs.getBigDecimal("approved_amount"),
                CaseState.valueOf(rs.getString("state")),
                rs.getInt("stage_index"),
                rs.getInt("stage_count"),
                role == null ? null : StageRole.valueOf(role),
                instant(entered),
                day(due),
                rs.getInt("revision"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                day(rs.getDate("notice_from")),
                day(rs.getDate("notice_until")),
                rs.getBigDecimal("paid_amount"),
                day(rs.getDate("paid_on")),
                instant(rs.getTimestamp("closed_at")));
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Instant instant(@Nullable Timestamp time) {
        return time == null ? null : time.toInstant();
    }
}
