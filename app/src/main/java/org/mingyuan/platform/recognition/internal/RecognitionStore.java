package org.mingyuan.platform.recognition.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.recognition.Recognition;
import org.mingyuan.platform.recognition.RecognitionScheme;
import org.mingyuan.platform.recognition.RecognitionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored schemes, applications, their evidence and the experts' opinions. */
@Repository
public class RecognitionStore {

    private static final String COLUMNS = "id, scheme_id, enterprise_id, credit_code, enterprise_name, state, ip_items,"
            + " granted_patents, revenue, blockchain_share, virtual_currency, cac_filing_number, committed,"
            + " failed_criteria, submitted_by, submitted_at, stage_due, district_by, district_note, decided_by,"
            + " decided_at, decision_note, valid_from, valid_until, revoked_on, revoke_reason, revision";

    private final JdbcClient jdbc;

    RecognitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every scheme, by code. */
    public List<RecognitionScheme> schemes() {
        return jdbc.sql("select id, code, name_zh, name_en, basis, grants, validity_months, district_days, panel_days,"
                        + " panel_quorum from recognition_scheme order by code")
                .query((rs, row) -> new RecognitionScheme(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name_zh"),
                        rs.getString("name_en"),
                        rs.getString("basis"),
                        rs.getString("grants"),
                        rs.getInt("validity_months"),
                        rs.getInt("district_days"),
                        rs.getInt("panel_days"),
                        rs.getInt("panel_quorum"),
                        criteria(rs.getLong("id")),
                        slots(rs.getLong("id"))))
                .list();
    }

    private List<RecognitionScheme.Criterion> criteria(long scheme) {
        return jdbc.sql("select position, name_zh, name_en, expression from recognition_criterion where scheme_id = ?"
                        + " order by position")
                .param(scheme)
                .query(RecognitionScheme.Criterion.class)
                .list();
    }

    private List<RecognitionScheme.EvidenceSlot> slots(long scheme) {
        return jdbc.sql("select slot, label_zh, label_en, material_type from recognition_evidence_slot"
                        + " where scheme_id = ? order by position")
                .param(scheme)
                .query(RecognitionScheme.EvidenceSlot.class)
                .list();
    }

    /** The figures of a new application. */
    public record NewApplication(
            long schemeId,
            long enterpriseId,
            String creditCode,
            String enterpriseName,
            RecognitionState state,
            int ipItems,
            int grantedPatents,
            BigDecimal revenue,
            BigDecimal blockchainShare,
            boolean virtualCurrency,
            @Nullable String cacFilingNumber,
            List<String> failedCriteria,
            String submittedBy,
            Instant submittedAt,
            @Nullable LocalDate stageDue) {}

    /**
     * Stores an application with its evidence and returns its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the enterprise has an open application under the
     *     scheme already
     */
    public long insert(NewApplication a, Map<String, Long> evidence) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into recognition_application (scheme_id, enterprise_id, credit_code, enterprise_name, state,"
                        + " open_enterprise, ip_items, granted_patents, revenue, blockchain_share, virtual_currency,"
                        + " cac_filing_number, committed, failed_criteria, submitted_by, submitted_at, stage_due)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)")
                .params(
                        a.schemeId(),
                        a.enterpriseId(),
                        a.creditCode(),
                        a.enterpriseName(),
                        a.state().name(),
                        a.state().open() ? a.enterpriseId() : null,
                        a.ipItems(),
                        a.grantedPatents(),
                        a.revenue(),
                        a.blockchainShare(),
                        a.virtualCurrency(),
                        a.cacFilingNumber(),
                        a.failedCriteria().isEmpty() ? null : String.join("\n", a.failedCriteria()),
                        a.submittedBy(),
                        Timestamp.from(a.submittedAt()),
                        a.stageDue() == null ? null : Date.valueOf(a.stageDue()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        evidence.forEach((slot, material) -> jdbc.sql(
                        "insert into recognition_evidence (application_id, slot, material_id) values (?, ?, ?)")
                .params(id, slot, material)
                .update());
        return id;
    }

    /** The application with its evidence and opinions. */
    public Optional<Recognition> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from recognition_application where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The applications of one enterprise, newest first. */
    public List<Recognition> ofEnterprise(long enterpriseId) {
        return jdbc.sql("select " + COLUMNS + " from recognition_application where enterprise_id = ? order by id desc")
                .param(enterpriseId)
                .query(this::row)
                .list();
    }

    /** The applications in any of {@code states}, the oldest first, at most {@code limit}. */
    public List<Recognition> inStates(List<RecognitionState> states, int limit) {
        String marks =
                String.join(", ", states.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.sql("select " + COLUMNS + " from recognition_application where state in (" + marks
                        + ") order by id limit ?")
                .param(limit)
                .query(this::row)
                .list();
    }

    /** How many applications are in {@code state}. */
    public int count(RecognitionState state) {
        return jdbc.sql("select count(*) from recognition_application where state = ?")
                .param(state.name())
                .query(Integer.class)
                .single();
    }

    /** How many applications in panel review have at least their scheme's quorum of opinions. */
    public int withQuorum() {
        return jdbc.sql("select count(*) from recognition_application a join recognition_scheme s on s.id = a.scheme_id"
                        + " where a.state = 'PANEL_REVIEW' and (select count(*) from recognition_opinion o"
                        + " where o.application_id = a.id) >= s.panel_quorum")
                .query(Integer.class)
                .single();
    }

    /** How many applications in panel review have no opinion of {@code expert} yet. */
    public int awaitingOpinionOf(String expert) {
        return jdbc.sql("select count(*) from recognition_application a where a.state = 'PANEL_REVIEW' and not exists"
                        + " (select 1 from recognition_opinion o where o.application_id = a.id and o.expert = ?)")
                .param(expert)
                .query(Integer.class)
                .single();
    }

    /** The applications in any of {@code states}, the newest first, at most {@code limit}. */
    public List<Recognition> newestIn(List<RecognitionState> states, int limit) {
        String marks =
                String.join(", ", states.stream().map(s -> "'" + s.name() + "'").toList());
        return jdbc.sql("select " + COLUMNS + " from recognition_application where state in (" + marks
                        + ") order by id desc limit ?")
                .param(limit)
                .query(this::row)
                .list();
    }

    /**
     * The recognitions in force whose last valid day lies from {@code from} to {@code until} and whose firm was not
     * reminded yet, at most 1000.
     */
    public List<Recognition> expiringUnreminded(LocalDate from, LocalDate until) {
        return jdbc.sql("select " + COLUMNS + " from recognition_application where state = 'RECOGNISED'"
                        + " and valid_until >= ? and valid_until <= ? and expiry_reminded_at is null order by id"
                        + " limit 1000")
                .params(Date.valueOf(from), Date.valueOf(until))
                .query(this::row)
                .list();
    }

    /** Records that the firm was reminded of the recognition's expiry. */
    public void reminded(long id, Instant at) {
        jdbc.sql("update recognition_application set expiry_reminded_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** Moves the application from the state it was read in, at revision {@code revision}; false when it changed. */
    public boolean move(
            long id,
            int revision,
            RecognitionState to,
            @Nullable LocalDate stageDue,
            String column,
            String actor,
            @Nullable String note,
            Instant at) {
        String who = switch (column) {
            case "district" -> "district_by = ?, district_at = ?, district_note = ?";
            case "decision" -> "decided_by = ?, decided_at = ?, decision_note = ?";
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.sql("update recognition_application set state = ?, open_enterprise = "
                                + (to.open() ? "enterprise_id" : "null")
                                + ", stage_due = ?, revision = revision + 1, " + who
                                + " where id = ? and revision = ?")
                        .params(
                                to.name(),
                                stageDue == null ? null : Date.valueOf(stageDue),
                                actor,
                                Timestamp.from(at),
                                note,
                                id,
                                revision)
                        .update()
                > 0;
    }

    /** Records the validity of a recognised application. */
    public void validity(long id, LocalDate from, LocalDate until) {
        jdbc.sql("update recognition_application set valid_from = ?, valid_until = ? where id = ?")
                .params(Date.valueOf(from), Date.valueOf(until), id)
                .update();
    }

    /** Revokes a recognised application at {@code revision}; false when it changed meanwhile. */
    public boolean revoke(long id, int revision, LocalDate on, String actor, String reason) {
        return jdbc.sql("update recognition_application set state = 'REVOKED', revoked_on = ?, revoked_by = ?,"
                                + " revoke_reason = ?, revision = revision + 1 where id = ? and revision = ?"
                                + " and state = 'RECOGNISED'")
                        .params(Date.valueOf(on), actor, reason, id, revision)
                        .update()
                > 0;
    }

    /** Stores an expert's opinion; false when the expert gave one on this application already. */
    public boolean opinion(long id, String expert, boolean agrees, String reason, Instant at) {
        return jdbc.sql("insert into recognition_opinion (application_id, expert, agrees, reason, given_at)"
                                + " select ?, ?, ?, ?, ? where not exists (select 1 from recognition_opinion"
                                + " where application_id = ? and expert = ?)")
                        .params(id, expert, agrees, reason, Timestamp.from(at), id, expert)
                        .update()
                > 0;
    }

    private Recognition row(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String failed = rs.getString("failed_criteria");
        return new Recognition(
                id,
                rs.getLong("scheme_id"),
                rs.getLong("enterprise_id"),
                rs.getString("credit_code"),
                rs.getString("enterprise_name"),
                RecognitionState.valueOf(rs.getString("state")),
                rs.getInt("ip_items"),
                rs.getInt("granted_patents"),
                rs.getBigDecimal("revenue"),
                rs.getBigDecimal("blockchain_share"),
                rs.getBoolean("virtual_currency"),
                rs.getString("cac_filing_number"),
                rs.getBoolean("committed"),
                failed == null ? List.of() : Arrays.asList(failed.split("\n")),
                evidence(id),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                day(rs.getDate("stage_due")),
                rs.getString("district_by"),
                rs.getString("district_note"),
                rs.getString("decided_by"),
                rs.getTimestamp("decided_at") == null
                        ? null
                        : rs.getTimestamp("decided_at").toInstant(),
                rs.getString("decision_note"),
                day(rs.getDate("valid_from")),
                day(rs.getDate("valid_until")),
                day(rs.getDate("revoked_on")),
                rs.getString("revoke_reason"),
                rs.getInt("revision"),
                opinions(id));
    }

    private Map<String, Long> evidence(long id) {
        Map<String, Long> evidence = new HashMap<>();
        jdbc.sql("select slot, material_id from recognition_evidence where application_id = ?")
                .param(id)
                .query((rs, row) -> evidence.put(rs.getString(1), rs.getLong(2)))
                .list();
        return evidence;
    }

    private List<Recognition.Opinion> opinions(long id) {
        return jdbc.sql("select expert, agrees, reason, given_at from recognition_opinion where application_id = ?"
                        + " order by given_at, expert")
                .param(id)
                .query((rs, row) -> new Recognition.Opinion(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
