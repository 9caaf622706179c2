package org.mingyuan.platform.scenarios.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.scenarios.Proposal;
import org.mingyuan.platform.scenarios.ScenarioId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored proposals and the panel's scores of them. */
@Repository
public class Proposals {

    private static final String COLUMNS = "id, scenario_id, enterprise_id, credit_code, enterprise, summary, quote,"
            + " materials, submitted_by, submitted_at";

    private final JdbcClient jdbc;

    Proposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One panelist's score of one proposal on the criterion at {@code position}. */
    public record Score(long proposalId, String username, int position, BigDecimal score) {}

    /** Stores a proposal; empty when the enterprise has proposed for the scenario already. */
    public Optional<Long> insert(Proposal proposal) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into scenario_proposal (scenario_id, enterprise_id, credit_code, enterprise, summary,"
                            + " quote, materials, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            proposal.scenario().value(),
                            proposal.enterpriseId(),
                            proposal.creditCode(),
                            proposal.enterprise(),
                            proposal.summary(),
                            proposal.quote(),
                            String.join(
                                    ",",
                                    proposal.materials().stream()
                                            .map(String::valueOf)
                                            .toList()),
                            proposal.submittedBy(),
                            Timestamp.from(proposal.submittedAt()))
                    .update(keys, "id");
        } catch (DuplicateKeyException twice) {
            return Optional.empty();
        }
        return Optional.of(keys.getKeyAs(Number.class).longValue());
    }

    /** The proposal, if there is one. */
    public Optional<Proposal> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from scenario_proposal where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The proposals for the scenario, in the order submitted. */
    public List<Proposal> of(ScenarioId scenario) {
        return jdbc.sql("select " + COLUMNS + " from scenario_proposal where scenario_id = ? order by id")
                .param(scenario.value())
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The enterprise's proposals, the newest first. */
    public List<Proposal> ofEnterprise(long enterpriseId) {
        return jdbc.sql("select " + COLUMNS + " from scenario_proposal where enterprise_id = ? order by id desc")
                .param(enterpriseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Stores one panelist's scores of one proposal, one per criterion; false when any was stored already. */
    public boolean score(long proposalId, String username, List<BigDecimal> scores, Instant now) {
        boolean any = jdbc.sql("select count(*) from scenario_score where proposal_id = ? and username = ?")
                        .params(proposalId, username)
                        .query(Long.class)
                        .single()
                > 0;
        if (any) {
            return false;
        }
        for (int i = 0; i < scores.size(); i++) {
            jdbc.sql("insert into scenario_score (proposal_id, username, position, score, scored_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(proposalId, username, i, scores.get(i), Timestamp.from(now))
                    .update();
        }
        return true;
    }

    /** Every score of the scenario's proposals. */
    public List<Score> scores(ScenarioId scenario) {
        return jdbc.sql("select s.proposal_id, s.username, s.position, s.score from scenario_score s"
                        + " join scenario_proposal p on p.id = s.proposal_id where p.scenario_id = ?"
                        + " order by s.proposal_id, s.username, s.position")
                .param(scenario.value())
                .query((rs, n) -> new Score(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)))
                .list();
    }

    private static Proposal row(ResultSet rs) throws SQLException {
        return new Proposal(
                rs.getLong("id"),
                new ScenarioId(rs.getLong("scenario_id")),
                rs.getLong("enterprise_id"),
                rs.getString("credit_code"),
                rs.getString("enterprise"),
                rs.getString("summary"),
                rs.getBigDecimal("quote"),
                Scenarios.split(rs.getString("materials"), ",").stream()
                        .map(Long::valueOf)
                        .toList(),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant());
    }
}
