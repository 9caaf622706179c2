package org.mingyuan.platform.evaluation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored result snapshots of evaluations, kept as JSON; the latest of an evaluation is its result. */
@Repository
public class Results {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Results(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new snapshot of {@code result}. */
    public void insert(EvaluationResult result) {
        String snapshot;
        try {
            snapshot = json.writeValueAsString(result);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("cannot write the result of " + result.evaluation(), unwritable);
        }
        jdbc.sql("insert into eval_result (evaluation_id, snapshot, computed_by, computed_at) values (?, ?, ?, ?)")
                .params(result.evaluation().value(), snapshot, result.computedBy(), Timestamp.from(result.computedAt()))
                .update();
    }

    /** The latest snapshot of evaluation {@code id}, if it was computed. */
    public Optional<EvaluationResult> latest(long id) {
        return jdbc.sql("select snapshot from eval_result where evaluation_id = ? order by id desc limit 1")
                .param(id)
                .query(String.class)
                .optional()
                .map(this::read);
    }

    /** When evaluation {@code id} was last computed, if ever. */
    public Optional<Instant> computedAt(long id) {
        return jdbc.sql("select computed_at from eval_result where evaluation_id = ? order by id desc limit 1")
                .param(id)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    private EvaluationResult read(String snapshot) {
        try {
            return json.readValue(snapshot, EvaluationResult.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a stored evaluation result cannot be read", unreadable);
        }
    }
}
