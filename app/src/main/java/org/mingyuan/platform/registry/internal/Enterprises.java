package org.mingyuan.platform.registry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.Page;
import org.mingyuan.platform.registry.SizeClass;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored enterprises. */
@Repository
public class Enterprises {

    static final String COLUMNS = "e.id, e.credit_code, e.name, e.address, e.division_code, e.industry_code,"
            + " e.founded_on, e.registered_capital, e.park_id, e.chain_segment, e.size_class, e.synthetic";

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enterprise with this credit code. */
    public Optional<Enterprise> byCreditCode(String creditCode) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.credit_code = ?")
                .param(creditCode)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** The enterprise with this id. */
    public Optional<Enterprise> byId(EnterpriseId id) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.id = ?")
                .param(id.value())
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** The insert statement of one enterprise; its parameters are {@link #insertValues}. */
    private static final String INSERT = "insert into enterprise (credit_code, name, address, division_code,"
            + " industry_code, founded_on, registered_capital, park_id, chain_segment, size_class, synthetic,"
            + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The parameters of the insert of one enterprise stored at {@code now}, in the column order of the table. */
    public static Object[] insertValues(Enterprise e, Timestamp now) {
        return new Object[] {
            e.creditCode().value(),
            e.name(),
            e.address(),
            e.divisionCode(),
            e.industryCode(),
            Date.valueOf(e.foundedOn()),
            e.registeredCapital(),
            e.parkId(),
            e.chainSegment(),
            e.sizeClass() == null ? null : e.sizeClass().name(),
            e.synthetic(),
            now,
            now
        };
    }

    /** Stores a new enterprise and returns its id. */
    public EnterpriseId insert(Enterprise e) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(insertValues(e, Timestamp.from(Instant.now()))).update(keys, "id");
        return new EnterpriseId(keys.getKeyAs(Number.class).longValue());
    }

    /** The assignments of an enterprise's profile columns; their parameters are {@link #profileValues}. */
    public static final String PROFILE_ASSIGNMENTS = "name = ?, address = ?, division_code = ?, industry_code = ?,"
            + " founded_on = ?, registered_capital = ?, park_id = ?, chain_segment = ?";

    /** The parameters of {@link #PROFILE_ASSIGNMENTS} for an enterprise. */
    public static List<Object> profileValues(Enterprise e) {
        return Arrays.asList(
                e.name(),
                e.address(),
                e.divisionCode(),
                e.industryCode(),
                Date.valueOf(e.foundedOn()),
                e.registeredCapital(),
                e.parkId(),
                e.chainSegment());
    }

    /** Replaces the profile fields of an enterprise (not its credit code, size class or facts). */
    public void update(Enterprise e) {
        List<Object> params = new ArrayList<>(profileValues(e));
        params.add(Timestamp.from(Instant.now()));
        params.add(e.id().value());
        jdbc.sql("update enterprise set " + PROFILE_ASSIGNMENTS + ", updated_at = ? where id = ?")
                .params(params)
                .update();
    }

    /** Stores the derived size class of an enterprise. */
    public void setSizeClass(EnterpriseId id, @Nullable SizeClass sizeClass) {
        jdbc.sql("update enterprise set size_class = ? where id = ?")
                .params(sizeClass == null ? null : sizeClass.name(), id.value())
                .update();
    }

    /** One page of the enterprises matching {@code query}, by name. */
    public Page<Enterprise> search(EnterpriseQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from enterprise e" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<Enterprise> items = jdbc.sql("select " + COLUMNS + " from enterprise e" + where
                        + " order by e.name, e.credit_code limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> map(rs))
                .list();
        return new Page<>(items, total, query.page(), query.size());
    }

    /** Every enterprise matching {@code query}'s filters, ignoring paging, in name order; for exports. */
    public List<Enterprise> all(EnterpriseQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return jdbc.sql("select " + COLUMNS + " from enterprise e" + where + " order by e.name, e.credit_code")
                .params(params)
                .query((rs, row) -> map(rs))
                .list();
    }

    private static String where(EnterpriseQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(lower(e.name) like ? or e.credit_code like ?)");
            String like = "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
            params.add(like);
            params.add("%" + escapeLike(query.text().strip().toUpperCase(Locale.ROOT)) + "%");
        }
        if (query.parkId() != null) {
            conditions.add("e.park_id = ?");
            params.add(query.parkId());
        }
        if (query.enterpriseId() != null) {
            conditions.add("e.id = ?");
            params.add(query.enterpriseId());
        }
        if (query.chainSegment() != null && !query.chainSegment().isBlank()) {
            conditions.add("e.chain_segment = ?");
            params.add(query.chainSegment());
        }
        if (query.sizeClass() != null) {
            conditions.add("e.size_class = ?");
            params.add(query.sizeClass().name());
        }
        if (query.certification() != null && !query.certification().isBlank()) {
            conditions.add("exists (select 1 from enterprise_certification c where c.enterprise_id = e.id"
                    + " and c.type_code = ?)");
            params.add(query.certification());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Enterprise map(ResultSet rs) throws SQLException {
        String size = rs.getString("size_class");
        return new Enterprise(
                new EnterpriseId(rs.getLong("id")),
                CreditCode.parse(rs.getString("credit_code")),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("division_code"),
                rs.getString("industry_code"),
                rs.getDate("founded_on").toLocalDate(),
                rs.getBigDecimal("registered_capital"),
                rs.getObject("park_id", Long.class),
                rs.getString("chain_segment"),
                size == null ? null : SizeClass.valueOf(size),
                rs.getBoolean("synthetic"));
    }
}
