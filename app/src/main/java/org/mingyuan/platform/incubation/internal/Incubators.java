package org.mingyuan.platform.incubation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.incubation.Incubator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored incubators. */
@Repository
public class Incubators {

    private static final String COLUMNS = "id, park_id, name, area_m2, incubatee_area_m2, seed_fund, income_total,"
            + " income_services, created_by, created_at";

    private final JdbcClient jdbc;

    Incubators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new incubator; returns its id. */
    public long insert(
            long park,
            String name,
            BigDecimal area,
            BigDecimal incubateeArea,
            BigDecimal seedFund,
            BigDecimal incomeTotal,
            BigDecimal incomeServices,
            String by,
            Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into incubator (park_id, name, area_m2, incubatee_area_m2, seed_fund, income_total,"
                        + " income_services, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(park, name, area, incubateeArea, seedFund, incomeTotal, incomeServices, by, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Replaces the incubator's name, space, fund and income; its park never changes. */
    public void update(
            long id,
            String name,
            BigDecimal area,
            BigDecimal incubateeArea,
            BigDecimal seedFund,
            BigDecimal incomeTotal,
            BigDecimal incomeServices) {
        jdbc.sql("update incubator set name = ?, area_m2 = ?, incubatee_area_m2 = ?, seed_fund = ?, income_total = ?,"
                        + " income_services = ? where id = ?")
                .params(name, area, incubateeArea, seedFund, incomeTotal, incomeServices, id)
                .update();
    }

    /** The incubator with this id, locked for update until the transaction ends. */
    public Optional<Incubator> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from incubator where id = ? for update")
                .param(id)
                .query(Incubators::row)
                .optional();
    }

    /** The incubator with this id. */
    public Optional<Incubator> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from incubator where id = ?")
                .param(id)
                .query(Incubators::row)
                .optional();
    }

    /** Every incubator, by park then name. */
    public List<Incubator> all() {
        return jdbc.sql("select " + COLUMNS + " from incubator order by park_id, name, id")
                .query(Incubators::row)
                .list();
    }

    /** The park's incubators, by name. */
    public List<Incubator> ofPark(long park) {
        return jdbc.sql("select " + COLUMNS + " from incubator where park_id = ? order by name, id")
                .param(park)
                .query(Incubators::row)
                .list();
    }

    private static Incubator row(ResultSet rs, int n) throws SQLException {
        return new Incubator(
                rs.getLong("id"),
                rs.getLong("park_id"),
                rs.getString("name"),
                rs.getBigDecimal("area_m2"),
                rs.getBigDecimal("incubatee_area_m2"),
                rs.getBigDecimal("seed_fund"),
                rs.getBigDecimal("income_total"),
                rs.getBigDecimal("income_services"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
