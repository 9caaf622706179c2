package org.mingyuan.platform.policy.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingyuan.platform.policy.Clause;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.VersionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clauses and their versions. A published version's row is only ever read: {@link #replaceDraft} and
 * {@link #markPublished} touch drafts alone (their {@code where} names the draft state), so a published text cannot
 * change even through a race.
 */
@Repository
public class ClauseStore {

    private static final String SELECT_VERSION = "select v.clause_id, c.policy_id, v.version, v.state, v.title_zh,"
            + " v.title_en, v.summary_zh, v.summary_en, v.eligibility, v.amount, v.cap, v.budget, v.valid_from,"
            + " v.valid_until, v.apply_from, v.apply_until, v.mode, v.materials, v.review_stages, v.legal_basis,"
            + " v.contact, v.illustrative, v.examples, v.content_sha256, v.updated_by, v.updated_at, v.published_by,"
            + " v.published_at, v.confirmed_over_budget, v.over_budget_confirmed_by"
            + " from clause_version v join clause c on c.clause_id = v.clause_id";

    private final JdbcClient jdbc;

    ClauseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a clause to a policy at the end of its clauses, with its first draft (version 1). */
    public void insertClause(String clauseId, long policyId, ClauseContent draft, String actor, Instant now) {
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from clause where policy_id = ?")
                .param(policyId)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into clause (clause_id, policy_id, position, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(clauseId, policyId, position, actor, Timestamp.from(now))
                .update();
        insertDraft(clauseId, 1, draft, actor, now);
    }

    /** Opens a draft numbered {@code version}. */
    public void insertDraft(String clauseId, int version, ClauseContent draft, String actor, Instant now) {
        jdbc.sql("insert into clause_version (clause_id, version, state, title_zh, title_en, summary_zh, summary_en,"
                        + " eligibility, amount, cap, budget, valid_from, valid_until, apply_from, apply_until, mode,"
                        + " materials, review_stages, legal_basis, contact, illustrative, examples, content_sha256,"
                        + " updated_by, updated_at) values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(contentParams(clauseId, version, draft, actor, now, true))
                .update();
    }

    /** Replaces the text of the draft {@code version}; false when it is not a draft (any more). */
    public boolean replaceDraft(String clauseId, int version, ClauseContent draft, String actor, Instant now) {
        return jdbc.sql("update clause_version set title_zh = ?, title_en = ?, summary_zh = ?, summary_en = ?,"
                                + " eligibility = ?, amount = ?, cap = ?, budget = ?, valid_from = ?, valid_until = ?,"
                                + " apply_from = ?, apply_until = ?, mode = ?, materials = ?, review_stages = ?,"
                                + " legal_basis = ?, contact = ?, illustrative = ?, examples = ?, content_sha256 = ?,"
                                + " updated_by = ?, updated_at = ? where clause_id = ? and version = ?"
                                + " and state = 'DRAFT'")
                        .params(contentParams(clauseId, version, draft, actor, now, false))
                        .update()
                == 1;
    }

    private static List<Object> contentParams(
            String clauseId, int version, ClauseContent c, String actor, Instant now, boolean keyFirst) {
        List<Object> params = new ArrayList<>();
        if (keyFirst) {
            params.add(clauseId);
            params.add(version);
        }
        params.add(c.titleZh());
        params.add(c.titleEn());
        params.add(c.summaryZh());
        params.add(c.summaryEn());
        params.add(c.eligibility());
        params.add(c.amount());
        params.add(c.cap());
        params.add(c.budget());
        params.add(c.validFrom());
        params.add(c.validUntil());
        params.add(c.applyFrom());
        params.add(c.applyUntil());
        params.add(c.mode().name());
        params.add(StoredJson.write(c.materials()));
        params.add(StoredJson.write(c.reviewStages()));
        params.add(c.legalBasis());
        params.add(c.contact());
        params.add(StoredJson.write(c.illustrative()));
        params.add(StoredJson.write(c.examples()));
        params.add(CanonicalText.sha256(c));
        params.add(actor);
        params.add(Timestamp.from(now));
        if (!keyFirst) {
            params.add(clauseId);
            params.add(version);
        }
        return params;
    }

    /** Publishes the draft {@code version}; false when it is not a draft (any more). */
    public boolean markPublished(String clauseId, int version, String actor, Instant now, boolean overBudget) {
        return jdbc.sql("update clause_version set state = 'PUBLISHED', published_by = ?, published_at = ?,"
                                + " confirmed_over_budget = ?, over_budget_confirmed_by = ?"
                                + " where clause_id = ? and version = ? and state = 'DRAFT'")
                        .params(actor, Timestamp.from(now), overBudget, overBudget ? actor : null, clauseId, version)
                        .update()
                == 1;
    }

    /** Withdraws a clause from {@code from} on; false when it was withdrawn already. */
    public boolean withdraw(String clauseId, LocalDate from, String actor, Instant now) {
        return jdbc.sql("update clause set withdrawn_from = ?, withdrawn_by = ?, withdrawn_at = ?"
                                + " where clause_id = ? and withdrawn_from is null")
                        .params(from, actor, Timestamp.from(now), clauseId)
                        .update()
                == 1;
    }

    /** Locks the clause's row for the rest of the transaction, so two publications of one clause run one by one. */
    public boolean lock(String clauseId) {
        return jdbc.sql("select clause_id from clause where clause_id = ? for update")
                .param(clauseId)
                .query(String.class)
                .optional()
                .isPresent();
    }

    /** The clause with every version, newest first. */
    public Optional<Clause> clause(String clauseId) {
        List<Clause> found = clauses("where c.clause_id = ?", clauseId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A policy's clauses in order, each with every version. */
    public List<Clause> ofPolicy(long policyId) {
        return clauses("where c.policy_id = ?", policyId);
    }

    /** Every clause with a published version, each with every version. */
    public List<Clause> published() {
        return clauses(
                "where exists (select 1 from clause_version p where p.clause_id = c.clause_id"
                        + " and p.state = 'PUBLISHED')",
                null);
    }

    /** Every clause with an open draft. */
    public List<Clause> withDrafts() {
        return clauses(
                "where exists (select 1 from clause_version p where p.clause_id = c.clause_id and p.state = 'DRAFT')",
                null);
    }

    /** One version. */
    public Optional<ClauseVersionDetail> version(String clauseId, int version) {
        return jdbc.sql(SELECT_VERSION + " where v.clause_id = ? and v.version = ?")
                .params(clauseId, version)
                .query(ClauseStore::version)
                .optional();
    }

    private List<Clause> clauses(String where, Object param) {
        var sql =
                jdbc.sql("select c.clause_id, c.policy_id, c.position, c.withdrawn_from, c.withdrawn_by from clause c "
                        + where + " order by c.policy_id, c.position");
        if (param != null) {
            sql = sql.param(param);
        }
        record Head(String id, long policy, int position, LocalDate withdrawnFrom, String withdrawnBy) {}
        List<Head> heads = sql.query((rs, n) -> new Head(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var versionSql = jdbc.sql(SELECT_VERSION + " " + where + " order by v.clause_id, v.version desc");
        if (param != null) {
            versionSql = versionSql.param(param);
        }
        Map<String, List<ClauseVersionDetail>> versions = new LinkedHashMap<>();
        for (ClauseVersionDetail v : versionSql.query(ClauseStore::version).list()) {
            versions.computeIfAbsent(v.clauseId(), k -> new ArrayList<>()).add(v);
        }
        return heads.stream()
                .map(h -> new Clause(
                        h.id(),
                        h.policy(),
                        h.position(),
                        h.withdrawnFrom(),
                        h.withdrawnBy(),
                        List.copyOf(versions.getOrDefault(h.id(), List.of()))))
                .toList();
    }

    private static ClauseVersionDetail version(ResultSet rs, int n) throws SQLException {
        var content = new ClauseContent(
                rs.getString("title_zh"),
                rs.getString("title_en"),
                rs.getString("summary_zh"),
                rs.getString("summary_en"),
                rs.getString("eligibility"),
                rs.getString("amount"),
                rs.getBigDecimal("cap"),
                rs.getBigDecimal("budget"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getObject("apply_from", LocalDate.class),
                rs.getObject("apply_until", LocalDate.class),
                ClauseMode.valueOf(rs.getString("mode")),
                StoredJson.read(rs.getString("materials"), new TypeReference<List<String>>() {}),
                StoredJson.read(rs.getString("review_stages"), new TypeReference<List<ReviewStage>>() {}),
                rs.getString("legal_basis"),
                rs.getString("contact"),
                StoredJson.read(rs.getString("illustrative"), new TypeReference<List<String>>() {}),
                StoredJson.read(rs.getString("examples"), new TypeReference<List<ExampleCase>>() {}));
        Timestamp published = rs.getTimestamp("published_at");
        return new ClauseVersionDetail(
                rs.getString("clause_id"),
                rs.getLong("policy_id"),
                rs.getInt("version"),
                VersionState.valueOf(rs.getString("state")),
                content,
                rs.getString("content_sha256"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("published_by"),
                published == null ? null : published.toInstant(),
                rs.getBoolean("confirmed_over_budget"),
                rs.getString("over_budget_confirmed_by"));
    }
}
