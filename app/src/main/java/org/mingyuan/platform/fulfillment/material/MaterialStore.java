package org.mingyuan.platform.fulfillment.material;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored materials of every enterprise; rows are added and marked superseded, never changed otherwise. */
@Repository
class MaterialStore {

    private static final String COLUMNS = "id, enterprise_id, type_code, file_name, content_type, size_bytes, sha256,"
            + " valid_from, valid_until, uploaded_at, uploaded_by, superseded_at, superseded_by";

    private final JdbcClient jdbc;

    MaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a material as given (its id and superseded fields are ignored); returns its id. */
    long insert(Material material) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into enterprise_material (enterprise_id, type_code, file_name, content_type, size_bytes,"
                        + " sha256, valid_from, valid_until, uploaded_at, uploaded_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        material.enterpriseId(),
                        material.typeCode(),
                        material.fileName(),
                        material.contentType(),
                        material.size(),
                        material.sha256(),
                        date(material.validFrom()),
                        date(material.validUntil()),
                        Timestamp.from(material.uploadedAt()),
                        material.uploadedBy())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Material> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_material where id = ?")
                .param(id)
                .query(MaterialStore::material)
                .optional();
    }

    /** The enterprise's materials, newest first. */
    List<Material> ofEnterprise(long enterpriseId) {
        return jdbc.sql("select " + COLUMNS + " from enterprise_material where enterprise_id = ?"
                        + " order by uploaded_at desc, id desc")
                .param(enterpriseId)
                .query(MaterialStore::material)
                .list();
    }

    /** The newest material of the type that is not superseded and valid on {@code day}. */
    Optional<Material> current(long enterpriseId, String typeCode, LocalDate day) {
        Date on = Date.valueOf(day);
        return jdbc.sql("select " + COLUMNS + " from enterprise_material"
                        + " where enterprise_id = ? and type_code = ? and superseded_at is null"
                        + " and (valid_from is null or valid_from <= ?) and (valid_until is null or valid_until >= ?)"
                        + " order by uploaded_at desc, id desc limit 1")
                .params(enterpriseId, typeCode, on, on)
                .query(MaterialStore::material)
                .optional();
    }

    /** Marks the material superseded unless it already is; true when this call marked it. */
    boolean supersede(long id, String actor, Instant at) {
        return jdbc.sql("update enterprise_material set superseded_at = ?, superseded_by = ?"
                                + " where id = ? and superseded_at is null")
                        .params(Timestamp.from(at), actor, id)
                        .update()
                == 1;
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Material material(ResultSet row, int number) throws SQLException {
        Date from = row.getDate("valid_from");
        Date until = row.getDate("valid_until");
        Timestamp superseded = row.getTimestamp("superseded_at");
        return new Material(
                row.getLong("id"),
                row.getLong("enterprise_id"),
                row.getString("type_code"),
                row.getString("file_name"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                from == null ? null : from.toLocalDate(),
                until == null ? null : until.toLocalDate(),
                row.getTimestamp("uploaded_at").toInstant(),
                row.getString("uploaded_by"),
                superseded == null ? null : superseded.toInstant(),
                row.getString("superseded_by"));
    }
}
