package org.mingyuan.platform.scenarios;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.scenarios.internal.Proposals;
import org.mingyuan.platform.scenarios.internal.Scenarios;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review panel's scoring (专家评审): each expert of the panel scores each proposal once per criterion within the
 * criterion's range, never a proposal of an enterprise the expert is tied to; the weighted totals rank the proposals.
 */
@Service
public class PanelScoring {

    private final Scenarios scenarios;
    private final Proposals proposals;
    private final Callers callers;
    private final ScenarioDesk desk;

    PanelScoring(Scenarios scenarios, Proposals proposals, Callers callers, ScenarioDesk desk) {
        this.scenarios = scenarios;
        this.proposals = proposals;
        this.callers = callers;
        this.desk = desk;
    }

    /** How many scenarios whose panel names the caller are being scored. */
    @Transactional(readOnly = true)
    public int beingScored(Caller caller) {
        return caller.has(Role.EXPERT) ? scenarios.scoringOn(caller.username()) : 0;
    }

    /** The scenarios whose panel names the caller, the newest first. */
    @Transactional(readOnly = true)
    public List<Scenario> assignments(Caller caller) {
        return scenarios.onPanel(caller.username());
    }

    /**
     * Stores the caller's scores of one proposal, one per criterion in order.
     *
     * @throws Conflict when the scenario is not being scored, the caller scored the proposal already, or is tied to
     *     the proposing enterprise (conflict of interest)
     */
    @Transactional
    public void score(Caller caller, ScenarioId id, long proposalId, List<@Nullable BigDecimal> scores) {
        Scenario scenario = scenarios.lock(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        List<Panelist> panel = scenarios.panel(id);
        if (!ScenarioAccess.onPanel(caller, panel)) {
            throw new AccessDeniedException("only the scenario's panel scores its proposals");
        }
        Proposal proposal = proposals
                .byId(proposalId)
                .filter(p -> p.scenario().equals(id))
                .orElseThrow(() -> new NotFound("proposal", proposalId));
        if (scenario.state() != ScenarioState.SCORING) {
            throw new Conflict("state", "scenario.wrongState", scenario.state(), ScenarioState.SCORING);
        }
        Panelist member = member(panel, caller.username());
        if (ScenarioAccess.tied(member, caller, proposal)) {
            throw new Conflict("proposalId", "scenario.conflictOfInterest", proposal.enterprise());
        }
        ScenarioRules rules = new ScenarioRules();
        List<Criterion> criteria = scenario.criteria();
        if (scores.size() != criteria.size()) {
            rules.add("scores", "scenario.scoreCount", criteria.size(), scores.size());
        } else {
            for (int i = 0; i < scores.size(); i++) {
                BigDecimal score = scores.get(i);
                Criterion criterion = criteria.get(i);
                if (score == null) {
                    rules.add("scores[" + i + "]", "scenario.required");
                } else if (score.signum() < 0
                        || score.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0
                        || score.stripTrailingZeros().scale() > 2) {
                    rules.add(
                            "scores[" + i + "]",
                            "scenario.scoreRange",
                            criterion.name(),
                            criterion.maxScore(),
                            score.toPlainString());
                }
            }
        }
        rules.throwIfAny();
        if (!proposals.score(proposalId, caller.username(), List.copyOf(scores), desk.now())) {
            throw new Conflict("proposalId", "scenario.scoredAlready", proposal.enterprise());
        }
    }

    /**
     * The proposals ranked by weighted total, for the scenario's department and panel.
     *
     * @throws AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public List<Standing> standings(Caller caller, ScenarioId id) {
        Scenario scenario = scenarios.byId(id).orElseThrow(() -> new NotFound("scenario", id.value()));
        List<Panelist> panel = scenarios.panel(id);
        if (!ScenarioAccess.runs(caller, scenario) && !ScenarioAccess.onPanel(caller, panel)) {
            throw new AccessDeniedException("only the department and the panel see the scoring");
        }
        return standings(scenario, panel);
    }

    /**
     * One proposal on a panelist's score sheet.
     *
     * @param scored true when the panelist has scored it
     * @param recused true when the panelist is tied to the proposing enterprise and may not score it
     */
    public record SheetRow(Proposal proposal, boolean scored, boolean recused) {}

    /** The caller's score sheet for the scenario: every proposal, scored or not, recused or not; panel members only. */
    @Transactional(readOnly = true)
    public List<SheetRow> sheet(Caller caller, ScenarioId id) {
        List<Panelist> panel = scenarios.panel(id);
        if (!ScenarioAccess.onPanel(caller, panel)) {
            throw new AccessDeniedException("only the scenario's panel has a score sheet");
        }
        Panelist member = member(panel, caller.username());
        Set<Long> scored = new HashSet<>();
        proposals.scores(id).stream()
                .filter(score -> score.username().equals(caller.username()))
                .forEach(score -> scored.add(score.proposalId()));
        return proposals.of(id).stream()
                .map(p -> new SheetRow(p, scored.contains(p.id()), ScenarioAccess.tied(member, caller, p)))
                .toList();
    }

    /** The standings without an access check, for the desks of this module. */
    List<Standing> standings(Scenario scenario, List<Panelist> panel) {
        Map<String, Caller> accounts = new HashMap<>();
        panel.forEach(member ->
                callers.byUsername(member.username()).ifPresent(account -> accounts.put(member.username(), account)));
        Map<Long, List<Proposals.Score>> byProposal = new HashMap<>();
        proposals
                .scores(scenario.id())
                .forEach(score -> byProposal
                        .computeIfAbsent(score.proposalId(), p -> new ArrayList<>())
                        .add(score));
        List<Standing> unranked = new ArrayList<>();
        for (Proposal proposal : proposals.of(scenario.id())) {
            List<Proposals.Score> scores = byProposal.getOrDefault(proposal.id(), List.of());
            Set<String> scorers = new HashSet<>();
            scores.forEach(score -> scorers.add(score.username()));
            long expected = panel.stream()
                    .filter(member -> {
                        Caller account = accounts.get(member.username());
                        return account != null && !ScenarioAccess.tied(member, account, proposal);
                    })
                    .count();
            List<@Nullable BigDecimal> averages = averages(scenario.criteria(), scores);
            unranked.add(new Standing(
                    proposal,
                    scorers.size(),
                    expected > 0 && scorers.size() >= expected,
                    averages,
                    total(scenario, averages),
                    0));
        }
        List<Standing> sorted = unranked.stream()
                .sorted(Comparator.comparing((Standing s) -> s.total() == null ? BigDecimal.valueOf(-1) : s.total())
                        .reversed()
                        .thenComparing(s -> s.proposal().id()))
                .toList();
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Standing s = sorted.get(i);
            ranked.add(new Standing(s.proposal(), s.scorers(), s.complete(), s.averages(), s.total(), i + 1));
        }
        return ranked;
    }

    private static List<@Nullable BigDecimal> averages(List<Criterion> criteria, List<Proposals.Score> scores) {
        List<@Nullable BigDecimal> averages = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            int position = i;
            List<BigDecimal> given = scores.stream()
                    .filter(score -> score.position() == position)
                    .map(Proposals.Score::score)
                    .toList();
            averages.add(
                    given.isEmpty()
                            ? null
                            : given.stream()
                                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                                    .divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP));
        }
        return averages;
    }

    private static @Nullable BigDecimal total(Scenario scenario, List<@Nullable BigDecimal> averages) {
        if (averages.stream().anyMatch(a -> a == null)) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < averages.size(); i++) {
            Criterion criterion = scenario.criteria().get(i);
            sum = sum.add(criterion
                    .weight()
                    .multiply(averages.get(i))
                    .divide(BigDecimal.valueOf(criterion.maxScore()), 10, RoundingMode.HALF_UP));
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(scenario.totalWeight(), 2, RoundingMode.HALF_UP);
    }

    private static Panelist member(List<Panelist> panel, String username) {
        return panel.stream()
                .filter(member -> member.username().equals(username))
                .findFirst()
                .orElseThrow();
    }
}
