package org.mingyuan.platform.fulfillment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.SupervisionFilter;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What supervision reads, read only: the cases waiting past their stage's due date, the poor ratings whose follow-up is
 * late, the awards approved and paid with their application's time, what was paid per clause, and the ratings per
 * department and level. Every query but the clause payouts narrows to a {@link SupervisionFilter} on the case (its
 * department, park and policy) and its application's day.
 */
@Repository
public class SupervisionQueries {

    private static final String CASES =
            " from fulfillment_case c join fulfillment_application a on a.id = c.application_id";
    private static final String NOT_UPHELD = "(r.appeal_outcome is null or r.appeal_outcome <> 'UPHELD')";

    private final JdbcClient jdbc;

    SupervisionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case in review at a stage due on {@code due}. */
    public record WaitingCase(
            long caseId,
            String creditCode,
            String titleZh,
            String titleEn,
            String clauseId,
            int clauseVersion,
            String department,
            @Nullable Long parkId,
            int stageIndex,
            StageRole stageRole,
            LocalDate due) {}

    /** The cases in review whose stage was due before {@code dueBefore}, the longest overdue first (ties by id). */
    public List<WaitingCase> waitingSince(LocalDate dueBefore, SupervisionFilter filter) {
        Where where = new Where(filter)
                .and("c.state = 'IN_REVIEW'")
                .and("c.stage_due < :dueBefore", "dueBefore", Date.valueOf(dueBefore));
        return jdbc.sql("select c.id, c.credit_code, c.title_zh, c.title_en, c.clause_id, c.clause_version,"
                        + " c.department, c.park_id, c.stage_index, c.stage_role, c.stage_due" + CASES + where
                        + " order by c.stage_due, c.id")
                .params(where.params)
                .query((rs, n) -> new WaitingCase(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getObject(8, Long.class),
                        rs.getInt(9),
                        StageRole.valueOf(rs.getString(10)),
                        rs.getDate(11).toLocalDate()))
                .list();
    }

    /** A poor rating whose follow-up was due on {@code due} and is not answered. */
    public record LateFollowUp(
            long ratingId,
            long caseId,
            String creditCode,
            String titleZh,
            String titleEn,
            String department,
            int level,
            LocalDate due) {}

    /**
     * The ratings whose follow-up was due before {@code dueBefore} and is not answered, leaving out those whose appeal
     * was upheld; the longest overdue first.
     */
    public List<LateFollowUp> followUpsDueBefore(LocalDate dueBefore, SupervisionFilter filter) {
        Where where = new Where(filter)
                .and("r.follow_up_due < :dueBefore", "dueBefore", Date.valueOf(dueBefore))
                .and("r.followed_up_at is null")
                .and(NOT_UPHELD);
        return jdbc.sql("select r.id, c.id, c.credit_code, c.title_zh, c.title_en, r.department, r.level,"
                        + " r.follow_up_due" + CASES + " join fulfillment_rating r on r.case_id = c.id" + where
                        + " order by r.follow_up_due, r.id")
                .params(where.params)
                .query((rs, n) -> new LateFollowUp(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getDate(8).toLocalDate()))
                .list();
    }

    /**
     * An award: a case that reached APPROVED, and PAID once paid.
     *
     * @param paidAmount null until paid
     * @param paidOn null until paid
     */
    public record Award(
            long caseId,
            long policyId,
            @Nullable Long parkId,
            String department,
            String clauseId,
            BigDecimal approvedAmount,
            @Nullable BigDecimal paidAmount,
            @Nullable LocalDate paidOn,
            Instant appliedAt) {

        /** The day the enterprise applied, China Standard Time. */
        public LocalDate appliedOn() {
            return RegistryTime.dayOf(appliedAt);
        }
    }

    /** The cases approved or paid, by id. */
    public List<Award> awards(SupervisionFilter filter) {
        Where where = new Where(filter).and("c.state in ('APPROVED', 'PAID')");
        return jdbc.sql("select c.id, c.policy_id, c.park_id, c.department, c.clause_id, c.approved_amount,"
                        + " case when c.state = 'PAID' then c.paid_amount end, case when c.state = 'PAID' then"
                        + " c.paid_on end, a.submitted_at" + CASES + where + " order by c.id")
                .params(where.params)
                .query((rs, n) -> {
                    Date paidOn = rs.getDate(8);
                    return new Award(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getObject(3, Long.class),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getBigDecimal(6),
                            rs.getBigDecimal(7),
                            paidOn == null ? null : paidOn.toLocalDate(),
                            rs.getTimestamp(9).toInstant());
                })
                .list();
    }

    /** What was paid on each clause's cases, by clause id; clauses without a payout are left out. */
    public Map<String, BigDecimal> paidByClause() {
        Map<String, BigDecimal> paid = new HashMap<>();
        jdbc.sql("select clause_id, sum(paid_amount) from fulfillment_case where state = 'PAID'"
                        + " and paid_amount is not null group by clause_id")
                .query(rs -> {
                    paid.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return paid;
    }

    /** How many ratings of one level a department holds. */
    public record RatingCount(String department, int level, int count) {}

    /** The ratings per department and level, leaving out those whose appeal was upheld. */
    public List<RatingCount> ratings(SupervisionFilter filter) {
        Where where = new Where(filter).and(NOT_UPHELD);
        return jdbc.sql("select r.department, r.level, count(*)" + CASES
                        + " join fulfillment_rating r on r.case_id = c.id" + where
                        + " group by r.department, r.level order by r.department, r.level")
                .params(where.params)
                .query((rs, n) -> new RatingCount(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** How many counted ratings of one level the cases of enterprises in one park received. */
    public record ParkRatingCount(long parkId, int level, long count) {}

    /**
     * The ratings per park (the park the enterprise was in when it applied) and level, leaving out those whose appeal
     * was upheld and those of enterprises in no park.
     */
    public List<ParkRatingCount> ratingsByPark() {
        return jdbc.sql("select c.park_id, r.level, count(*) from fulfillment_case c"
                        + " join fulfillment_rating r on r.case_id = c.id where c.park_id is not null and " + NOT_UPHELD
                        + " group by c.park_id, r.level order by c.park_id, r.level")
                .query((rs, n) -> new ParkRatingCount(rs.getLong(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    /** The departments, parks and policies of all cases: what a filter may choose from. */
    public record Choices(List<String> departments, List<Long> parks, List<Long> policies) {}

    /** The departments, parks and policies cases exist for, each in order. */
    public Choices choices() {
        return new Choices(
                jdbc.sql("select distinct department from fulfillment_case order by department")
                        .query(String.class)
                        .list(),
                jdbc.sql("select distinct park_id from fulfillment_case where park_id is not null order by park_id")
                        .query(Long.class)
                        .list(),
                jdbc.sql("select distinct policy_id from fulfillment_case order by policy_id")
                        .query(Long.class)
                        .list());
    }

    /** The conditions of a query's where clause with their named parameters, starting with a filter's. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        Where(SupervisionFilter filter) {
            if (filter.from() != null) {
                and("a.submitted_at >= :from", "from", start(filter.from()));
            }
            if (filter.until() != null) {
                and("a.submitted_at < :until", "until", start(filter.until().plusDays(1)));
            }
            if (filter.department() != null) {
                and("c.department = :department", "department", filter.department());
            }
            if (filter.park() != null) {
                and("c.park_id = :park", "park", filter.park());
            }
            if (filter.policy() != null) {
                and("c.policy_id = :policy", "policy", filter.policy());
            }
        }

        Where and(String condition) {
            conditions.add(condition);
            return this;
        }

        Where and(String condition, String name, Object value) {
            params.put(name, value);
            return and(condition);
        }

        private static Timestamp start(LocalDate day) {
            return Timestamp.from(day.atStartOfDay(RegistryTime.ZONE).toInstant());
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
