package org.mingyuan.platform.evaluation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The values of IMPORTED indicators per evaluation, replaced as a whole by each accepted upload. */
@Repository
public class ImportedValues {

    /** One stored value: park, indicator code, value. */
    public record Value(long parkId, String indicator, double value) {}

    private final JdbcClient jdbc;

    ImportedValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the evaluation's imported values with {@code values}. */
    public void replace(long evaluationId, List<Value> values, String by, Instant at) {
        jdbc.sql("delete from eval_imported_value where evaluation_id = ?")
                .param(evaluationId)
                .update();
        for (Value value : values) {
            jdbc.sql("insert into eval_imported_value (evaluation_id, park_id, indicator_code, value, imported_by,"
                            + " imported_at) values (?, ?, ?, ?, ?, ?)")
                    .params(evaluationId, value.parkId(), value.indicator(), value.value(), by, Timestamp.from(at))
                    .update();
        }
    }

    /** The evaluation's imported values. */
    public List<Value> of(long evaluationId) {
        return jdbc.sql("select park_id, indicator_code, value from eval_imported_value where evaluation_id = ?"
                        + " order by park_id, indicator_code")
                .param(evaluationId)
                .query((rs, n) -> new Value(rs.getLong(1), rs.getString(2), rs.getDouble(3)))
                .list();
    }
}
