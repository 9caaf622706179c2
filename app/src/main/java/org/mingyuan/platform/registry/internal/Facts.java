package org.mingyuan.platform.registry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored statements of facts; append-only. */
@Repository
public class Facts {

    private final JdbcClient jdbc;

    Facts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one statement about {@code enterprise}. */
    public void append(EnterpriseId enterprise, Fact fact) {
        Object[] value = FactColumns.values(fact.value());
        jdbc.sql("insert into fact (enterprise_id, name, " + FactColumns.NAMES + ", period_start, period_end, source,"
                        + " source_note, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        enterprise.value(),
                        fact.name(),
                        value[0],
                        value[1],
                        value[2],
                        value[3],
                        Date.valueOf(fact.periodStart()),
                        Date.valueOf(fact.periodEnd()),
                        fact.source().name(),
                        fact.sourceNote(),
                        Timestamp.from(fact.recordedAt()),
                        fact.recordedBy())
                .update();
    }

    /** Every statement about {@code enterprise}, oldest period first. */
    public List<Fact> history(EnterpriseId enterprise) {
        return jdbc.sql(
                        "select name, " + FactColumns.NAMES + ", period_start, period_end, source, source_note,"
                                + " recorded_at, recorded_by from fact where enterprise_id = ? order by period_end, recorded_at, id")
                .param(enterprise.value())
                .query((rs, row) -> map(rs))
                .list();
    }

    static Fact map(ResultSet rs) throws SQLException {
        return new Fact(
                rs.getString("name"),
                FactColumns.read(rs, 2),
                rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(),
                FactSource.valueOf(rs.getString("source")),
                rs.getString("source_note"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
