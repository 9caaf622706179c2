package org.mingyuan.platform.incubation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.incubation.Incubatee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored stays of enterprises in incubators, without names: the registry holds those. */
@Repository
public class Incubatees {

    /** A stored stay; {@code graduatedOn} null while it lasts. */
    public record Stay(
            long id,
            long incubatorId,
            long enterpriseId,
            String creditCode,
            LocalDate enteredOn,
            @org.jspecify.annotations.Nullable LocalDate graduatedOn) {

        /** The stay with the enterprise's name. */
        public Incubatee named(String name) {
            return new Incubatee(id, incubatorId, enterpriseId, creditCode, name, enteredOn, graduatedOn);
        }
    }

    private static final String COLUMNS = "id, incubator_id, enterprise_id, credit_code, entered_on, graduated_on";

    private final JdbcClient jdbc;

    Incubatees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lock every entry holds until its transaction ends, before it reads the enterprise's stays: entries are
     * rare, and one lock keeps two entries of the same enterprise into two incubators from both passing the overlap
     * check.
     */
    public void lockEntries() {
        jdbc.sql("select id from incubatee_entry_lock where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    /** Stores an open stay; returns its id. */
    public long insert(long incubator, long enterprise, String creditCode, LocalDate enteredOn, String by, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into incubatee (incubator_id, enterprise_id, credit_code, entered_on, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(incubator, enterprise, creditCode, Date.valueOf(enteredOn), by, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Closes the stay on {@code graduatedOn}. */
    public void graduate(long id, LocalDate graduatedOn) {
        jdbc.sql("update incubatee set graduated_on = ? where id = ?")
                .params(Date.valueOf(graduatedOn), id)
                .update();
    }

    /** The stay with this id. */
    public Optional<Stay> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from incubatee where id = ?")
                .param(id)
                .query(Incubatees::row)
                .optional();
    }

    /** The incubator's stays, earliest entry first. */
    public List<Stay> of(long incubator) {
        return jdbc.sql("select " + COLUMNS + " from incubatee where incubator_id = ? order by entered_on, id")
                .param(incubator)
                .query(Incubatees::row)
                .list();
    }

    /** The enterprise's stays in any incubator, earliest entry first. */
    public List<Stay> ofEnterprise(long enterprise) {
        return jdbc.sql("select " + COLUMNS + " from incubatee where enterprise_id = ? order by entered_on, id")
                .param(enterprise)
                .query(Incubatees::row)
                .list();
    }

    /**
     * Per park: enterprises incubated on {@code day}, enterprises graduated by then, all enterprises ever incubated
     * and those of them with a financing round closed by then; counted once per enterprise.
     */
    public List<ParkCounts> perPark(LocalDate day) {
        Date on = Date.valueOf(day);
        return jdbc.sql("select i.park_id,"
                        + " count(distinct case when s.entered_on <= ? and (s.graduated_on is null or s.graduated_on > ?)"
                        + " then s.enterprise_id end) as current_count,"
                        + " count(distinct case when s.graduated_on <= ? then s.enterprise_id end) as graduates,"
                        + " count(distinct case when s.entered_on <= ? then s.enterprise_id end) as ever,"
                        + " count(distinct case when s.entered_on <= ? and exists (select 1 from financing_round f"
                        + " where f.enterprise_id = s.enterprise_id and f.closed_on <= ?) then s.enterprise_id end)"
                        + " as financed"
                        + " from incubator i join incubatee s on s.incubator_id = i.id group by i.park_id")
                .params(on, on, on, on, on, on)
                .query((rs, n) -> new ParkCounts(
                        rs.getLong("park_id"),
                        rs.getLong("current_count"),
                        rs.getLong("graduates"),
                        rs.getLong("ever"),
                        rs.getLong("financed")))
                .list();
    }

    /** One park's incubation counts; see {@link #perPark(LocalDate)}. */
    public record ParkCounts(long park, long current, long graduates, long ever, long financed) {}

    private static Stay row(ResultSet rs, int n) throws SQLException {
        Date graduated = rs.getDate("graduated_on");
        return new Stay(
                rs.getLong("id"),
                rs.getLong("incubator_id"),
                rs.getLong("enterprise_id"),
                rs.getString("credit_code"),
                rs.getDate("entered_on").toLocalDate(),
                graduated == null ? null : graduated.toLocalDate());
    }
}
