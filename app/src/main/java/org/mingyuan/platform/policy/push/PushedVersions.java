package org.mingyuan.platform.policy.push;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mingyuan.platform.policy.ClauseVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clause versions whose coming into force has been pushed ({@code policy_version_pushed}). */
@Repository
class PushedVersions {

    private final JdbcClient jdbc;

    PushedVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The versions of {@code versions} without a row, in the order given. */
    List<ClauseVersion> without(List<ClauseVersion> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        Set<String> clauses = new HashSet<>();
        versions.forEach(v -> clauses.add(v.clauseId()));
        Set<String> pushed = new HashSet<>(
                jdbc.sql("select clause_id, clause_version from policy_version_pushed where clause_id in (:clauses)")
                        .param("clauses", List.copyOf(clauses))
                        .query((rs, n) -> key(rs.getString(1), rs.getInt(2)))
                        .list());
        return versions.stream()
                .filter(v -> !pushed.contains(key(v.clauseId(), v.version())))
                .toList();
    }

    /** Records the version as pushed; a second record changes nothing. */
    void record(ClauseVersion version, Instant at) {
        jdbc.sql("insert into policy_version_pushed (clause_id, clause_version, pushed_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(version.clauseId(), version.version(), Timestamp.from(at))
                .update();
    }

    private static String key(String clauseId, int version) {
        return clauseId + "\n" + version;
    }
}
