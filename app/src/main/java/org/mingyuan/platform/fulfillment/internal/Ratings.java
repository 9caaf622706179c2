package org.mingyuan.platform.fulfillment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Rating;
import org.mingyuan.platform.fulfillment.Rating.AppealOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored ratings (好差评), one per case. Each later change — the follow-up's answer, the appeal, its decision —
 * takes effect only once: it names the state it expects, and a second attempt finds nothing to change.
 */
@Repository
public class Ratings {

    private static final String COLUMNS = "id, case_id, enterprise_id, department, level, comment, rated_by, rated_at,"
            + " follow_up_due, follow_up_answer, followed_up_by, followed_up_at, appeal_reason, appealed_by,"
            + " appealed_at, appeal_outcome, appeal_note, appeal_decided_by, appeal_decided_at";

    /** Open follow-ups: a poor rating, unanswered, not taken out by an upheld appeal. */
    private static final String OPEN = open("");

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a rating.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the case is rated already
     */
    public void insert(
            long caseId,
            long enterpriseId,
            String department,
            int level,
            @Nullable String comment,
            String ratedBy,
            Instant ratedAt,
            @Nullable LocalDate followUpDue) {
        jdbc.sql("insert into fulfillment_rating (case_id, enterprise_id, department, level, comment, rated_by,"
                        + " rated_at, follow_up_due) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        caseId,
                        enterpriseId,
                        department,
                        level,
                        comment,
                        ratedBy,
                        Timestamp.from(ratedAt),
                        followUpDue == null ? null : Date.valueOf(followUpDue))
                .update();
    }

    /** The case's rating, if it was rated. */
    public Optional<Rating> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_rating where case_id = ?")
                .param(caseId)
                .query(Ratings::row)
                .optional();
    }

    /** Records the answer to an open follow-up; false when it is not open. */
    public boolean answer(long caseId, String answer, String by, Instant at) {
        return jdbc.sql("update fulfillment_rating set follow_up_answer = ?, followed_up_by = ?, followed_up_at = ?"
                                + " where case_id = ? and " + OPEN)
                        .params(answer, by, Timestamp.from(at), caseId)
                        .update()
                > 0;
    }

    /** Records the department's appeal; false when the rating was appealed already. */
    public boolean appeal(long caseId, String reason, String by, Instant at) {
        return jdbc.sql("update fulfillment_rating set appeal_reason = ?, appealed_by = ?, appealed_at = ?"
                                + " where case_id = ? and appealed_at is null")
                        .params(reason, by, Timestamp.from(at), caseId)
                        .update()
                > 0;
    }

    /** Records a supervisor's decision on a pending appeal; false when none is pending. */
    public boolean decide(long caseId, AppealOutcome outcome, String note, String by, Instant at) {
        return jdbc.sql("update fulfillment_rating set appeal_outcome = ?, appeal_note = ?, appeal_decided_by = ?,"
                                + " appeal_decided_at = ? where case_id = ? and appealed_at is not null"
                                + " and appeal_outcome is null")
                        .params(outcome.name(), note, by, Timestamp.from(at), caseId)
                        .update()
                > 0;
    }

    /**
     * Open follow-ups of the departments given (every department when null), the soonest due first; only those due
     * before {@code dueBefore} when it is given.
     */
    public List<Rating> openFollowUps(
            @Nullable Collection<String> departments, @Nullable LocalDate dueBefore, int limit) {
        if (departments != null && departments.isEmpty()) {
            return List.of();
        }
        var query = jdbc.sql("select " + COLUMNS + " from fulfillment_rating where " + OPEN
                        + (departments == null ? "" : " and department in (:departments)")
                        + (dueBefore == null ? "" : " and follow_up_due < :dueBefore")
                        + " order by follow_up_due, id limit :limit")
                .param("limit", limit);
        if (departments != null) {
            query = query.param("departments", List.copyOf(departments));
        }
        if (dueBefore != null) {
            query = query.param("dueBefore", Date.valueOf(dueBefore));
        }
        return query.query(Ratings::row).list();
    }

    /** Appeals waiting on a supervisor, the oldest first. */
    public List<Rating> pendingAppeals(int limit) {
        return jdbc.sql("select " + COLUMNS + " from fulfillment_rating where appealed_at is not null"
                        + " and appeal_outcome is null order by appealed_at, id limit ?")
                .param(limit)
                .query(Ratings::row)
                .list();
    }

    /**
     * One group of ratings made in a period: a department's and policy's ratings of one level.
     *
     * @param counted how many count in figures (no upheld appeal)
     * @param upheld how many an upheld appeal left out
     * @param open how many counted ones still wait on a follow-up
     * @param overdue how many of those are past due
     */
    public record Tally(
            String department, long policyId, int level, long counted, long upheld, long open, long overdue) {}

    /** The ratings made in [{@code from}, {@code until}), by department, policy and level; overdue as of {@code today}. */
    public List<Tally> tally(Instant from, Instant until, LocalDate today) {
        return jdbc.sql("select r.department, c.policy_id, r.level,"
                        + " sum(case when r.appeal_outcome = 'UPHELD' then 0 else 1 end) as counted,"
                        + " sum(case when r.appeal_outcome = 'UPHELD' then 1 else 0 end) as upheld,"
                        + " sum(case when " + open("r.")
                        + " then 1 else 0 end) as open_count,"
                        + " sum(case when " + open("r.")
                        + " and r.follow_up_due < :today then 1 else 0 end) as overdue_count"
                        + " from fulfillment_rating r join fulfillment_case c on c.id = r.case_id"
                        + " where r.rated_at >= :from and r.rated_at < :until"
                        + " group by r.department, c.policy_id, r.level order by r.department, c.policy_id, r.level")
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new Tally(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }

    /** The condition of an open follow-up on the columns of the rating table named {@code alias}. */
    private static String open(String alias) {
        return alias + "follow_up_due is not null and " + alias + "followed_up_at is null and (" + alias
                + "appeal_outcome is null or " + alias + "appeal_outcome <> 'UPHELD')";
    }

    private static Rating row(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("follow_up_due");
        String outcome = rs.getString("appeal_outcome");
        return new Rating(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getLong("enterprise_id"),
                rs.getString("department"),
                rs.getInt("level"),
                rs.getString("comment"),
                rs.getString("rated_by"),
                rs.getTimestamp("rated_at").toInstant(),
                due == null ? null : due.toLocalDate(),
                rs.getString("follow_up_answer"),
                rs.getString("followed_up_by"),
                instant(rs.getTimestamp("followed_up_at")),
                rs.getString("appeal_reason"),
                rs.getString("appealed_by"),
                instant(rs.getTimestamp("appealed_at")),
                outcome == null ? null : AppealOutcome.valueOf(outcome),
                rs.getString("appeal_note"),
                rs.getString("appeal_decided_by"),
                instant(rs.getTimestamp("appeal_decided_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp time) {
        return time == null ? null : time.toInstant();
    }
}
