package org.mingyuan.platform.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.IndicatorSource;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.RubricLevel;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.evaluation.system.SystemVersion.VersionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored indicator systems, their versions and each version's tree. Only a DRAFT version's tree is ever written:
 * every write names the state it expects.
 */
@Repository
public class Systems {

    private static final String VERSION = "select v.id, v.system_id, s.code, s.name_zh, s.name_en, v.version, v.state,"
            + " v.note_zh, v.note_en, v.created_by, v.created_at, v.published_by, v.published_at"
            + " from eval_system_version v join eval_system s on s.id = v.system_id";

    private final JdbcClient jdbc;

    Systems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version {@code id} with its tree, if it exists. */
    public Optional<SystemVersion> version(long id) {
        return jdbc.sql(VERSION + " where v.id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Every version of every system, by system code and version number, at most {@code limit}. */
    public List<SystemVersion> versions(int limit) {
        return jdbc.sql(VERSION + " order by s.code, v.version limit ?")
                .param(limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The versions of system {@code systemId}, the first first. */
    public List<SystemVersion> versionsOf(long systemId) {
        return jdbc.sql(VERSION + " where v.system_id = ? order by v.version")
                .param(systemId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** True when a system has {@code code}. */
    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from eval_system where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Stores a new system without versions; returns its id. */
    public long insertSystem(String code, String nameZh, String nameEn, String by, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into eval_system (code, name_zh, name_en, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(code, nameZh, nameEn, by, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Stores a new draft version of {@code systemId} numbered one past its latest; returns its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the system has a draft already
     */
    public long insertDraft(long systemId, @Nullable String noteZh, @Nullable String noteEn, String by, Instant at) {
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from eval_system_version where system_id = ?")
                .param(systemId)
                .query(Integer.class)
                .single();
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into eval_system_version (system_id, version, state, draft_of, note_zh, note_en, created_by,"
                        + " created_at) values (?, ?, 'DRAFT', ?, ?, ?, ?, ?)")
                .params(systemId, next, systemId, noteZh, noteEn, by, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Renames system {@code systemId}. */
    public void rename(long systemId, String nameZh, String nameEn) {
        jdbc.sql("update eval_system set name_zh = ?, name_en = ? where id = ?")
                .params(nameZh, nameEn, systemId)
                .update();
    }

    /** Replaces the tree and note of a DRAFT version; false when the version is not a draft. */
    public boolean writeTree(long versionId, @Nullable String noteZh, @Nullable String noteEn, List<Category> tree) {
        if (jdbc.sql("update eval_system_version set note_zh = ?, note_en = ? where id = ? and state = 'DRAFT'")
                        .params(noteZh, noteEn, versionId)
                        .update()
                == 0) {
            return false;
        }
        jdbc.sql("delete from eval_rubric_level where version_id = ?")
                .param(versionId)
                .update();
        jdbc.sql("delete from eval_node where version_id = ?").param(versionId).update();
        int position = 0;
        for (Category category : tree) {
            jdbc.sql("insert into eval_node (version_id, code, position, kind, name_zh, name_en, definition_zh,"
                            + " definition_en, weight) values (?, ?, ?, 'CATEGORY', ?, ?, ?, ?, ?)")
                    .params(
                            versionId,
                            category.code(),
                            position++,
                            category.nameZh(),
                            category.nameEn(),
                            category.definitionZh(),
                            category.definitionEn(),
                            category.weight())
                    .update();
            for (Indicator indicator : category.indicators()) {
                jdbc.sql("insert into eval_node (version_id, code, parent_code, position, kind, name_zh, name_en,"
                                + " definition_zh, definition_en, benefit, unit, source, live_indicator, weight)"
                                + " values (?, ?, ?, ?, 'INDICATOR', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                versionId,
                                indicator.code(),
                                category.code(),
                                position++,
                                indicator.nameZh(),
                                indicator.nameEn(),
                                indicator.definitionZh(),
                                indicator.definitionEn(),
                                indicator.benefit(),
                                indicator.unit(),
                                indicator.source().name(),
                                indicator.live(),
                                indicator.weight())
                        .update();
                int level = 0;
                for (RubricLevel rubric : indicator.rubric()) {
                    jdbc.sql("insert into eval_rubric_level (version_id, indicator_code, position, score,"
                                    + " description_zh, description_en, by_platform) values (?, ?, ?, ?, ?, ?, ?)")
                            .params(
                                    versionId,
                                    indicator.code(),
                                    level++,
                                    rubric.score(),
                                    rubric.descriptionZh(),
                                    rubric.descriptionEn(),
                                    rubric.byPlatform())
                            .update();
                }
            }
        }
        return true;
    }

    /** Publishes a DRAFT version, freezing it; false when it is not a draft. */
    public boolean publish(long versionId, String by, Instant at) {
        return jdbc.sql("update eval_system_version set state = 'PUBLISHED', draft_of = null, published_by = ?,"
                                + " published_at = ? where id = ? and state = 'DRAFT'")
                        .params(by, Timestamp.from(at), versionId)
                        .update()
                > 0;
    }

    private SystemVersion row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Timestamp published = rs.getTimestamp("published_at");
        return new SystemVersion(
                id,
                rs.getLong("system_id"),
                rs.getString("code"),
                rs.getString("name_zh"),
                rs.getString("name_en"),
                rs.getInt("version"),
                VersionState.valueOf(rs.getString("state")),
                rs.getString("note_zh"),
                rs.getString("note_en"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("published_by"),
                published == null ? null : published.toInstant(),
                tree(id));
    }

    private List<Category> tree(long versionId) {
        Map<String, List<RubricLevel>> rubrics = jdbc
                .sql("select indicator_code, score, description_zh,"
                        + " description_en, by_platform from eval_rubric_level where version_id = ?"
                        + " order by indicator_code, position")
                .param(versionId)
                .query((rs, n) -> Map.entry(
                        rs.getString(1),
                        new RubricLevel(rs.getDouble(2), rs.getString(3), rs.getString(4), rs.getBoolean(5))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<NodeRow> nodes = jdbc.sql("select code, parent_code, name_zh, name_en, definition_zh, definition_en,"
                        + " benefit, unit, source, live_indicator, weight from eval_node where version_id = ?"
                        + " order by position")
                .param(versionId)
                .query((rs, n) -> new NodeRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, Double.class)))
                .list();
        List<Category> categories = new ArrayList<>();
        for (NodeRow node : nodes) {
            if (node.parent() != null) {
                continue;
            }
            List<Indicator> indicators = nodes.stream()
                    .filter(i -> node.code().equals(i.parent()))
                    .map(i -> new Indicator(
                            i.code(),
                            i.nameZh(),
                            i.nameEn(),
                            i.definitionZh(),
                            i.definitionEn(),
                            i.benefit(),
                            i.unit() == null ? "" : i.unit(),
                            IndicatorSource.valueOf(i.source()),
                            i.live(),
                            i.weight(),
                            rubrics.getOrDefault(i.code(), List.of())))
                    .toList();
            categories.add(new Category(
                    node.code(),
                    node.nameZh(),
                    node.nameEn(),
                    node.definitionZh(),
                    node.definitionEn(),
                    node.weight(),
                    indicators));
        }
        return categories;
    }

    private record NodeRow(
            String code,
            @Nullable String parent,
            String nameZh,
            String nameEn,
            @Nullable String definitionZh,
            @Nullable String definitionEn,
            boolean benefit,
            @Nullable String unit,
            @Nullable String source,
            @Nullable String live,
            @Nullable Double weight) {}
}
