package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.ClauseError;
import org.mingyuan.rules.clause.ClauseRejectedException;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.match.NearMiss;
import org.mingyuan.rules.match.NearMisses;
import org.mingyuan.rules.match.Totals;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.stereotype.Service;

/**
 * Simulates draft clauses on the live registry before they are published. A draft is registered under a private id
 * and withdrawn again, all under the matcher's write lock, so no answer, match or push ever sees it. It is simulated
 * as if in force today, whatever its validity window, so that an officer sees what it would do.
 */
@Service
public class Simulations {

    /** The facts the figures are broken down by, when the schema has them as codes. */
    static final List<String> BREAKDOWNS = List.of("park", "sizeClass", "chainSegment");

    private final LiveMatcher live;
    private final MatchingProperties properties;
    private final RecentFigures recent = new RecentFigures();

    Simulations(LiveMatcher live, MatchingProperties properties) {
        this.live = live;
        this.properties = properties;
    }

    /**
     * Simulates one version's text of a clause.
     *
     * @param version its version number, 0 for text not saved
     * @throws InvalidRequest naming {@code eligibility}, {@code amount} or {@code cap} when it does not compile
     */
    public SimulationReport simulate(String clauseId, int version, ClauseContent content) {
        RegistryCopy copy = live.current();
        String id = "~simulation~" + UUID.randomUUID() + "~" + clauseId;
        CompiledClause compiled = compile(copy, id, content);
        return copy.underWriteLock(() -> {
            Matcher matcher = copy.matcher;
            matcher.register(compiled);
            try {
                SimulationReport.Figures totals = figures(matcher.total(id));
                Map<String, List<SimulationReport.Group>> breakdowns = new LinkedHashMap<>();
                for (String fact : BREAKDOWNS) {
                    MatchingFact known = copy.factsByKey.get(fact);
                    if (known != null
                            && known.type() == MatchingFact.Type.CODE
                            && !known.values().isEmpty()) {
                        breakdowns.put(fact, groups(known, matcher.totalsBy(id, fact)));
                    }
                }
                List<SimulationReport.ConditionMisses> misses = new ArrayList<>();
                for (NearMiss miss : new NearMisses(matcher, copy.labels).of(id)) {
                    misses.add(new SimulationReport.ConditionMisses(
                            miss.conditionZh(), miss.conditionEn(), miss.count(), names(copy, miss.enterprises())));
                }
                BigDecimal budget = content.budget();
                return new SimulationReport(
                        clauseId,
                        version,
                        content.titleZh(),
                        content.titleEn(),
                        copy.day,
                        totals,
                        budget,
                        budget != null && totals.amount().compareTo(budget) > 0,
                        breakdowns,
                        misses,
                        difference(copy, clauseId, id, totals).orElse(null));
            } finally {
                matcher.withdraw(id);
            }
        });
    }

    private static CompiledClause compile(RegistryCopy copy, String id, ClauseContent content) {
        try {
            return copy.compiler.compile(new ClauseDraft(
                    id,
                    content.eligibility(),
                    content.amount(),
                    content.cap() == null ? null : content.cap().doubleValue(),
                    null,
                    null));
        } catch (ClauseRejectedException rejected) {
            List<FieldProblem> problems = new ArrayList<>();
            for (ClauseError error : rejected.errors()) {
                String field = switch (error.part()) {
                    case ELIGIBILITY -> "eligibility";
                    case AMOUNT -> "amount";
                    case CAP -> "cap";
                    default -> "validUntil";
                };
                problems.add(new FieldProblem(
                        field, "policy.compile", List.of(error.line(), error.column(), error.message())));
            }
            throw new InvalidRequest(problems);
        }
    }

    /** The draft's rows against those of the version registered under the clause id, if any. */
    private Optional<SimulationReport.Difference> difference(
            RegistryCopy copy, String clauseId, String id, SimulationReport.Figures totals) {
        return copy.clause(clauseId).map(current -> {
            RoaringBitmap draft = copy.matcher.eligibleRows(id);
            RoaringBitmap now = copy.matcher.eligibleRows(clauseId);
            RoaringBitmap gained = RoaringBitmap.andNot(draft, now);
            RoaringBitmap lost = RoaringBitmap.andNot(now, draft);
            SimulationReport.Figures figures = figures(copy.matcher.total(clauseId));
            return new SimulationReport.Difference(
                    current.version().version(),
                    figures,
                    gained.getLongCardinality(),
                    lost.getLongCardinality(),
                    totals.amount().subtract(figures.amount()),
                    names(copy, gained),
                    names(copy, lost));
        });
    }

    private List<String> names(RegistryCopy copy, RoaringBitmap rows) {
        List<String> keys = new ArrayList<>();
        var iterator = rows.getIntIterator();
        while (iterator.hasNext() && keys.size() < properties.firstNames()) {
            keys.add(copy.table.keyOf(iterator.next()));
        }
        return names(copy, keys);
    }

    private List<String> names(RegistryCopy copy, List<String> keys) {
        return keys.stream()
                .limit(properties.firstNames())
                .map(key -> copy.member(key).map(RegistryCopy.Member::name).orElse(key))
                .toList();
    }

    private static List<SimulationReport.Group> groups(MatchingFact fact, Map<String, Totals> totals) {
        List<SimulationReport.Group> groups = new ArrayList<>();
        for (MatchingFact.CodeLabel value : fact.values()) {
            Totals of = totals.get(value.code());
            if (of != null && of.count() > 0) {
                groups.add(new SimulationReport.Group(value.code(), value.labelZh(), value.labelEn(), figures(of)));
            }
        }
        Totals missing = totals.get("");
        if (missing != null && missing.count() > 0) {
            groups.add(new SimulationReport.Group("", "未填", "not given", figures(missing)));
        }
        return groups;
    }

    static SimulationReport.Figures figures(Totals totals) {
        return new SimulationReport.Figures(
                totals.count(),
                BigDecimal.valueOf(totals.amount()).setScale(2, RoundingMode.HALF_UP),
                totals.amountUnknown());
    }

    /**
     * The figures of a version's text without breakdowns: for the budget check and the drafts' list. The figures of a
     * text are kept for the copy and change sequence position they were computed on, so asking again before the
     * registry changes (or for another draft with the same expressions) costs no simulation under the write lock.
     */
    public SimulationReport.Figures totals(ClauseContent content, @Nullable String clauseId) {
        RegistryCopy copy = live.current();
        RecentFigures.Text text = new RecentFigures.Text(content.eligibility(), content.amount(), content.cap());
        RecentFigures.State state = new RecentFigures.State(copy.serial(), copy.seq());
        SimulationReport.Figures known = recent.get(text, state);
        if (known != null) {
            return known;
        }
        String id = "~budget~" + UUID.randomUUID() + "~" + clauseId;
        CompiledClause compiled = compile(copy, id, content);
        SimulationReport.Figures figures = copy.underWriteLock(() -> {
            copy.matcher.register(compiled);
            try {
                return figures(copy.matcher.total(id));
            } finally {
                copy.matcher.withdraw(id);
            }
        });
        recent.put(text, state, figures);
        return figures;
    }
}
