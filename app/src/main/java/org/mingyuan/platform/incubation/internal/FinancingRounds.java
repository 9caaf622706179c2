package org.mingyuan.platform.incubation.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.incubation.FinancingRound;
import org.mingyuan.platform.incubation.FinancingStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored financing rounds, without enterprise names: the registry holds those. */
@Repository
public class FinancingRounds {

    /** A stored round. */
    public record Stored(
            long id,
            long enterpriseId,
            String creditCode,
            String investor,
            BigDecimal amount,
            LocalDate closedOn,
            FinancingStage stage,
            @Nullable Long incubatorId) {

        /** The round with the enterprise's name. */
        public FinancingRound named(String name) {
            return new FinancingRound(
                    id, enterpriseId, creditCode, name, investor, amount, closedOn, stage, incubatorId);
        }
    }

    private static final String COLUMNS =
            "id, enterprise_id, credit_code, investor, amount, closed_on, stage, incubator_id";

    private final JdbcClient jdbc;

    FinancingRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a round; returns its id. */
    public long insert(
            long enterprise,
            String creditCode,
            String investor,
            BigDecimal amount,
            LocalDate closedOn,
            FinancingStage stage,
            @Nullable Long incubator,
            String by,
            Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into financing_round (enterprise_id, credit_code, investor, amount, closed_on, stage,"
                        + " incubator_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        enterprise,
                        creditCode,
                        investor,
                        amount,
                        Date.valueOf(closedOn),
                        stage.name(),
                        incubator,
                        by,
                        Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The enterprises' rounds, latest first. */
    public List<Stored> of(List<Long> enterprises) {
        if (enterprises.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from financing_round where enterprise_id in (:ids)"
                        + " order by closed_on desc, id desc")
                .param("ids", enterprises)
                .query(FinancingRounds::row)
                .list();
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        return new Stored(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getString("credit_code"),
                rs.getString("investor"),
                rs.getBigDecimal("amount"),
                rs.getDate("closed_on").toLocalDate(),
                FinancingStage.valueOf(rs.getString("stage")),
                rs.getObject("incubator_id", Long.class));
    }
}
