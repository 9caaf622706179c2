package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.CaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approved awards whose public notice has begun, read for the public list. */
@Repository
public class Notices {

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An award whose notice began.
     *
     * @param approvalEvent the event id of the case's approval step (or, for an award granted without application, its
     *     grant step)
     */
    public record Listed(
            long caseId,
            String clauseId,
            int clauseVersion,
            String titleZh,
            String titleEn,
            long policyId,
            String department,
            long enterpriseId,
            String creditCode,
            BigDecimal amount,
            LocalDate noticeFrom,
            LocalDate noticeUntil,
            CaseState state,
            int objections,
            @Nullable String approvalEvent) {}

    /**
     * The awards listed on or before {@code today} whose notice lasts at least through {@code since}, the newest
     * notice first, optionally of one policy or one department.
     */
    public List<Listed> listed(
            LocalDate today,
            LocalDate since,
            @Nullable Long policy,
            @Nullable String department,
            int limit,
            int offset) {
        return query(
                        "select c.id, c.clause_id, c.clause_version, c.title_zh, c.title_en, c.policy_id, c.department,"
                                + " c.enterprise_id, c.credit_code, c.approved_amount, c.notice_from, c.notice_until, c.state,"
                                + " (select count(*) from fulfillment_objection o where o.case_id = c.id),"
                                + " (select min(s.event_id) from fulfillment_step s where s.case_id = c.id"
                                + " and s.kind in ('APPROVED', 'GRANTED'))"
                                + where(policy, department)
                                + " order by c.notice_from desc, c.id desc limit :limit offset :offset",
                        today,
                        since,
                        policy,
                        department)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Listed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getBigDecimal(10),
                        rs.getDate(11).toLocalDate(),
                        rs.getDate(12).toLocalDate(),
                        CaseState.valueOf(rs.getString(13)),
                        rs.getInt(14),
                        rs.getString(15)))
                .list();
    }

    /** How many awards {@link #listed} finds over all pages. */
    public long count(LocalDate today, LocalDate since, @Nullable Long policy, @Nullable String department) {
        return query("select count(*)" + where(policy, department), today, since, policy, department)
                .query(Long.class)
                .single();
    }

    private static String where(@Nullable Long policy, @Nullable String department) {
        List<String> conditions = new ArrayList<>(List.of(
                "c.state in ('APPROVED', 'PAID', 'WITHDRAWN')",
                "c.notice_from is not null",
                "c.notice_from <= :today",
                "c.notice_until >= :since"));
        if (policy != null) {
            conditions.add("c.policy_id = :policy");
        }
        if (department != null) {
            conditions.add("c.department = :department");
        }
        return " from fulfillment_case c where " + String.join(" and ", conditions);
    }

    private JdbcClient.StatementSpec query(
            String sql, LocalDate today, LocalDate since, @Nullable Long policy, @Nullable String department) {
        var spec = jdbc.sql(sql).param("today", Date.valueOf(today)).param("since", Date.valueOf(since));
        if (policy != null) {
            spec = spec.param("policy", policy);
        }
        if (department != null) {
            spec = spec.param("department", department);
        }
        return spec;
    }
}
