package org.mingyuan.platform.scenarios.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.scenarios.Criterion;
import org.mingyuan.platform.scenarios.ExitDecision;
import org.mingyuan.platform.scenarios.Panelist;
import org.mingyuan.platform.scenarios.RiskIndicator;
import org.mingyuan.platform.scenarios.Scenario;
import org.mingyuan.platform.scenarios.ScenarioDraft;
import org.mingyuan.platform.scenarios.ScenarioId;
import org.mingyuan.platform.scenarios.ScenarioState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored scenarios with their criteria, panels and risk indicators. */
@Repository
public class Scenarios {

    private static final String COLUMNS = "s.id, s.department, s.park_id, s.title_zh, s.title_en, s.need_owner,"
            + " s.description, s.targets, s.budget, s.deadline, s.eligibility, s.sandbox, s.exemptions, s.state,"
            + " s.published_by, s.published_at, s.winner_proposal_id, p.enterprise, p.credit_code, s.winner_reason,"
            + " s.awarded_at, s.acceptance_note, s.accepted_at, s.exit_decision, s.exit_reason, s.illustrative";
    private static final String FROM = " from scenario s left join scenario_proposal p on p.id = s.winner_proposal_id";

    private final JdbcClient jdbc;

    Scenarios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a checked draft as published now by {@code actor}; returns its id. */
    public ScenarioId insert(ScenarioDraft draft, String actor, Instant now, boolean illustrative) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into scenario (department, park_id, title_zh, title_en, need_owner, description, targets,"
                        + " budget, deadline, eligibility, sandbox, exemptions, state, published_by, published_at,"
                        + " illustrative) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)")
                .params(
                        draft.department(),
                        draft.parkId(),
                        draft.titleZh(),
                        draft.titleEn(),
                        draft.needOwner(),
                        draft.description(),
                        draft.targets(),
                        draft.budget(),
                        draft.deadline(),
                        draft.eligibility(),
                        draft.sandbox(),
                        String.join("\n", draft.exemptions()),
                        actor,
                        Timestamp.from(now),
                        illustrative)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < draft.criteria().size(); i++) {
            Criterion c = draft.criteria().get(i);
            jdbc.sql("insert into scenario_criterion (scenario_id, position, name, weight, max_score)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, i, c.name(), c.weight(), c.maxScore())
                    .update();
        }
        for (Panelist member : draft.panel()) {
            jdbc.sql("insert into scenario_panelist (scenario_id, username, affiliations) values (?, ?, ?)")
                    .params(id, member.username(), String.join(",", member.affiliations()))
                    .update();
        }
        for (int i = 0; i < draft.risks().size(); i++) {
            RiskIndicator r = draft.risks().get(i);
            jdbc.sql("insert into scenario_risk_indicator (scenario_id, position, name, unit, threshold, direction)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            i,
                            r.name(),
                            r.unit(),
                            r.threshold(),
                            r.direction().name())
                    .update();
        }
        return new ScenarioId(id);
    }

    /** The scenario, if there is one. */
    public Optional<Scenario> byId(ScenarioId id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.id = ?")
                .param(id.value())
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The scenario locked for update, if there is one: the caller changes it next. */
    public Optional<Scenario> lock(ScenarioId id) {
        jdbc.sql("select id from scenario where id = ? for update")
                .param(id.value())
                .query(Long.class)
                .optional();
        return byId(id);
    }

    /** Every scenario, the newest first. */
    public List<Scenario> all() {
        return jdbc.sql("select " + COLUMNS + FROM + " order by s.id desc")
                .query((rs, n) -> row(rs))
                .list();
    }

    /** How many scenarios whose panel names {@code username} are being scored. */
    public int scoringOn(String username) {
        return jdbc.sql("select count(*) from scenario s join scenario_panelist m on m.scenario_id = s.id"
                        + " where m.username = ? and s.state = 'SCORING'")
                .param(username)
                .query(Integer.class)
                .single();
    }

    /**
     * How many open scenarios passed their deadline before {@code today}: of these departments, or of every
     * department when {@code departments} is null.
     */
    public int openPastDeadline(LocalDate today, @Nullable Set<String> departments) {
        if (departments != null && departments.isEmpty()) {
            return 0;
        }
        String sql = "select count(*) from scenario where state = 'OPEN' and deadline < :today"
                + (departments == null ? "" : " and department in (:departments)");
        var query = jdbc.sql(sql).param("today", today);
        if (departments != null) {
            query = query.param("departments", List.copyOf(departments));
        }
        return query.query(Integer.class).single();
    }

    /** The panel of the scenario, by username. */
    public List<Panelist> panel(ScenarioId id) {
        return jdbc.sql("select username, affiliations from scenario_panelist where scenario_id = ? order by username")
                .param(id.value())
                .query((rs, n) -> new Panelist(rs.getString(1), split(rs.getString(2), ",")))
                .list();
    }

    /** The scenarios whose panel names {@code username}, the newest first. */
    public List<Scenario> onPanel(String username) {
        return jdbc.sql("select " + COLUMNS + FROM
                        + " join scenario_panelist m on m.scenario_id = s.id where m.username = ? order by s.id desc")
                .param(username)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Moves the scenario from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean move(ScenarioId id, ScenarioState from, ScenarioState to) {
        return jdbc.sql("update scenario set state = ? where id = ? and state = ?")
                        .params(to.name(), id.value(), from.name())
                        .update()
                == 1;
    }

    /** Names the winner of a scenario being scored. */
    public boolean award(ScenarioId id, long proposalId, @Nullable String reason, Instant now) {
        return jdbc.sql("update scenario set state = 'AWARDED', winner_proposal_id = ?, winner_reason = ?,"
                                + " awarded_at = ? where id = ? and state = 'SCORING'")
                        .params(proposalId, reason, Timestamp.from(now), id.value())
                        .update()
                == 1;
    }

    /** Records the final acceptance of an awarded scenario. */
    public boolean accept(ScenarioId id, String note, Instant now) {
        return jdbc.sql("update scenario set state = 'ACCEPTED', acceptance_note = ?, accepted_at = ?"
                                + " where id = ? and state = 'AWARDED'")
                        .params(note, Timestamp.from(now), id.value())
                        .update()
                == 1;
    }

    /** Records a sandbox pilot's exit decision. */
    public void exit(ScenarioId id, ExitDecision decision, String reason, Instant now) {
        jdbc.sql("update scenario set exit_decision = ?, exit_reason = ?, exit_at = ? where id = ?")
                .params(decision.name(), reason, Timestamp.from(now), id.value())
                .update();
    }

    /** Published scenarios per park they were opened for. */
    public List<long[]> openedPerPark() {
        return jdbc.sql("select park_id, count(*) from scenario where park_id is not null group by park_id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** The enterprise ids of the winners of awarded and accepted scenarios, one per scenario. */
    public List<Long> winners() {
        return jdbc.sql(
                        "select p.enterprise_id from scenario s join scenario_proposal p on p.id = s.winner_proposal_id")
                .query(Long.class)
                .list();
    }

    private Scenario row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long park = rs.getLong("park_id");
        Long parkId = rs.wasNull() ? null : park;
        long winner = rs.getLong("winner_proposal_id");
        Long winnerId = rs.wasNull() ? null : winner;
        String exit = rs.getString("exit_decision");
        return new Scenario(
                new ScenarioId(id),
                rs.getString("department"),
                parkId,
                rs.getString("title_zh"),
                rs.getString("title_en"),
                rs.getString("need_owner"),
                rs.getString("description"),
                rs.getString("targets"),
                rs.getBigDecimal("budget"),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("eligibility"),
                criteria(id),
                rs.getBoolean("sandbox"),
                split(rs.getString("exemptions"), "\n"),
                risks(id),
                ScenarioState.valueOf(rs.getString("state")),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                winnerId,
                rs.getString("enterprise"),
                rs.getString("credit_code"),
                rs.getString("winner_reason"),
                instant(rs.getTimestamp("awarded_at")),
                rs.getString("acceptance_note"),
                instant(rs.getTimestamp("accepted_at")),
                exit == null ? null : ExitDecision.valueOf(exit),
                rs.getString("exit_reason"),
                rs.getBoolean("illustrative"));
    }

    private List<Criterion> criteria(long id) {
        return jdbc.sql(
                        "select name, weight, max_score from scenario_criterion where scenario_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Criterion(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3)))
                .list();
    }

    private List<RiskIndicator> risks(long id) {
        return jdbc.sql("select name, unit, threshold, direction from scenario_risk_indicator where scenario_id = ?"
                        + " order by position")
                .param(id)
                .query((rs, n) -> new RiskIndicator(
                        rs.getString(1),
                        rs.getString(2),
                        plain(rs.getBigDecimal(3)),
                        RiskIndicator.Direction.valueOf(rs.getString(4))))
                .list();
    }

    static List<String> split(@Nullable String joined, String separator) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(separator)).filter(s -> !s.isBlank()).toList();
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
