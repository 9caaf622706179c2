package org.mingyuan.platform.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactValueType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored fact kinds, in their position order. */
@Repository
public class FactKindStore {

    private static final String COLUMNS =
            "code, label_zh, label_en, value_type, unit_zh, unit_en, departments_only, built_in";

    private final JdbcClient jdbc;

    FactKindStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind, built-in ones first in their order, then added ones in the order they were added. */
    public List<FactKind> all() {
        return jdbc.sql("select " + COLUMNS + " from fact_kind order by position, code")
                .query((rs, row) -> map(rs))
                .list();
    }

    /** The kind with this key. */
    public Optional<FactKind> byKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from fact_kind where code = ?")
                .param(key)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** Stores a new kind after every other one. */
    public void add(FactKind kind, String addedBy) {
        jdbc.sql("insert into fact_kind (code, label_zh, label_en, value_type, unit_zh, unit_en, departments_only,"
                        + " built_in, position, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (select coalesce(max(position), 0) + 10 from fact_kind), ?, ?)")
                .params(
                        kind.key(),
                        kind.labelZh(),
                        kind.labelEn(),
                        kind.type().name(),
                        kind.unitZh(),
                        kind.unitEn(),
                        kind.departmentsOnly(),
                        kind.builtIn(),
                        addedBy,
                        Timestamp.from(Instant.now()))
                .update();
    }

    private static FactKind map(ResultSet rs) throws SQLException {
        return new FactKind(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                FactValueType.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getBoolean(8));
    }
}
