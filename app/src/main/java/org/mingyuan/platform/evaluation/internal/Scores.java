package org.mingyuan.platform.evaluation.internal;

import java.sql.Timestamp;
import java.util.List;
import org.mingyuan.platform.evaluation.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The experts' stored scores, one per evaluation, expert, park and indicator. */
@Repository
public class Scores {

    private static final String COLUMNS = "username, park_id, indicator_code, level_position, score, scored_at";

    private final JdbcClient jdbc;

    Scores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores or replaces one expert's score of one park on one indicator. */
    public void put(long evaluationId, Score score) {
        int changed = jdbc.sql(
                        "update eval_score set level_position = ?, score = ?, scored_at = ? where evaluation_id = ?"
                                + " and username = ? and park_id = ? and indicator_code = ?")
                .params(
                        score.level(),
                        score.score(),
                        Timestamp.from(score.scoredAt()),
                        evaluationId,
                        score.username(),
                        score.parkId(),
                        score.indicator())
                .update();
        if (changed == 0) {
            jdbc.sql("insert into eval_score (evaluation_id, username, park_id, indicator_code, level_position, score,"
                            + " scored_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            evaluationId,
                            score.username(),
                            score.parkId(),
                            score.indicator(),
                            score.level(),
                            score.score(),
                            Timestamp.from(score.scoredAt()))
                    .update();
        }
    }

    /** Removes one expert's score of one park on one indicator, if given. */
    public void remove(long evaluationId, String username, long parkId, String indicator) {
        jdbc.sql(
                        "delete from eval_score where evaluation_id = ? and username = ? and park_id = ? and indicator_code = ?")
                .params(evaluationId, username, parkId, indicator)
                .update();
    }

    /** Every score of the evaluation, by expert, park and indicator. */
    public List<Score> of(long evaluationId) {
        return jdbc.sql("select " + COLUMNS + " from eval_score where evaluation_id = ?"
                        + " order by username, park_id, indicator_code")
                .param(evaluationId)
                .query((rs, n) -> new Score(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getDouble(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The scores of one expert in the evaluation. */
    public List<Score> of(long evaluationId, String username) {
        return jdbc.sql("select " + COLUMNS + " from eval_score where evaluation_id = ? and username = ?"
                        + " order by park_id, indicator_code")
                .params(evaluationId, username)
                .query((rs, n) -> new Score(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getDouble(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}
