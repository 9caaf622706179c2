package org.mingyuan.platform.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The policy table with its tags and parks. */
@Repository
public class PolicyStore {

    /** A stored policy row. */
    public record Row(long id, PolicyContent content, Instant updatedAt) {}

    private static final String SELECT = "select id, code, title_zh, title_en, department_zh, department_en,"
            + " document_number, issued_on, level, source_url, source_text, interpretation, note, demo, updated_at"
            + " from policy";

    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a policy; returns its id. */
    public long insert(PolicyContent policy, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into policy (code, title_zh, title_en, department_zh, department_en, document_number,"
                        + " issued_on, level, source_url, source_text, interpretation, note, demo, created_by,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        policy.code(),
                        policy.titleZh(),
                        policy.titleEn(),
                        policy.departmentZh(),
                        policy.departmentEn(),
                        policy.documentNumber(),
                        policy.issuedOn(),
                        policy.level().name(),
                        policy.sourceUrl(),
                        policy.sourceText(),
                        policy.interpretation(),
                        policy.note(),
                        policy.demo(),
                        actor,
                        at(now),
                        at(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeLists(id, policy);
        return id;
    }

    /** Replaces a policy's fields (its code never changes). */
    public void update(long id, PolicyContent policy, Instant now) {
        jdbc.sql("update policy set title_zh = ?, title_en = ?, department_zh = ?, department_en = ?,"
                        + " document_number = ?, issued_on = ?, level = ?, source_url = ?, source_text = ?,"
                        + " interpretation = ?, note = ?, demo = ?, updated_at = ? where id = ?")
                .params(
                        policy.titleZh(),
                        policy.titleEn(),
                        policy.departmentZh(),
                        policy.departmentEn(),
                        policy.documentNumber(),
                        policy.issuedOn(),
                        policy.level().name(),
                        policy.sourceUrl(),
                        policy.sourceText(),
                        policy.interpretation(),
                        policy.note(),
                        policy.demo(),
                        at(now),
                        id)
                .update();
        jdbc.sql("delete from policy_tag where policy_id = ?").param(id).update();
        jdbc.sql("delete from policy_park where policy_id = ?").param(id).update();
        writeLists(id, policy);
    }

    private void writeLists(long id, PolicyContent policy) {
        for (int i = 0; i < policy.tags().size(); i++) {
            jdbc.sql("insert into policy_tag (policy_id, position, tag) values (?, ?, ?)")
                    .params(id, i, policy.tags().get(i))
                    .update();
        }
        for (String park : policy.parks().stream().distinct().toList()) {
            jdbc.sql("insert into policy_park (policy_id, park_code) values (?, ?)")
                    .params(id, park)
                    .update();
        }
    }

    /** The policy with this id. */
    public Optional<Row> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    /** The policy with this code. */
    public Optional<Row> byCode(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(this::row).optional();
    }

    /** The policies with this document number (文号). */
    public List<Row> byDocumentNumber(String documentNumber) {
        return jdbc.sql(SELECT + " where document_number = ? order by id")
                .param(documentNumber)
                .query(this::row)
                .list();
    }

    /** The issuing departments (Chinese names) of every policy, sorted, without repeats. */
    public List<String> departments() {
        return jdbc.sql("select distinct department_zh from policy order by department_zh")
                .query(String.class)
                .list();
    }

    /** Every policy, newest issue date first. */
    public List<Row> all() {
        return jdbc.sql(SELECT + " order by issued_on desc nulls last, id desc")
                .query(this::row)
                .list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<String> tags = jdbc.sql("select tag from policy_tag where policy_id = ? order by position")
                .param(id)
                .query(String.class)
                .list();
        List<String> parks = jdbc.sql("select park_code from policy_park where policy_id = ? order by park_code")
                .param(id)
                .query(String.class)
                .list();
        var content = new PolicyContent(
                rs.getString("code"),
                rs.getString("title_zh"),
                rs.getString("title_en"),
                rs.getString("department_zh"),
                rs.getString("department_en"),
                rs.getString("document_number"),
                day(rs, "issued_on"),
                PolicyLevel.valueOf(rs.getString("level")),
                rs.getString("source_url"),
                rs.getString("source_text"),
                rs.getString("interpretation"),
                tags,
                parks,
                rs.getString("note"),
                rs.getBoolean("demo"));
        return new Row(id, content, rs.getTimestamp("updated_at").toInstant());
    }

    static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
