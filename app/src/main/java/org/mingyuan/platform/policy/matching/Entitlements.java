package org.mingyuan.platform.policy.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.rules.match.Check;
import org.mingyuan.rules.match.Entitlement;
import org.mingyuan.rules.match.Explainer;
import org.mingyuan.rules.match.Explanation;
import org.mingyuan.rules.match.Matcher;
import org.mingyuan.rules.match.ValueLabels;

/** Reads one enterprise's matches from a matcher: the clauses it qualifies for and the nearest it misses. */
final class Entitlements {

    private Entitlements() {}

    /**
     * The matches of the enterprise with {@code key}, among {@code clauses} (registered under their clause ids).
     *
     * @param nearest how many missed clauses to list, those missing fewest top-level conditions first
     */
    static Matches of(
            Matcher matcher,
            ValueLabels labels,
            Map<String, RegistryCopy.Registered> clauses,
            String key,
            int nearest) {
        Map<String, Matches.Match> qualified = new TreeMap<>();
        for (Entitlement entitlement : matcher.eligibleClauses(key)) {
            RegistryCopy.Registered clause = clauses.get(entitlement.clauseId());
            if (clause != null) {
                ClauseVersion v = clause.version();
                qualified.put(
                        v.clauseId(),
                        new Matches.Match(
                                v.clauseId(),
                                v.version(),
                                v.policyId(),
                                v.titleZh(),
                                v.titleEn(),
                                amount(entitlement.amount())));
            }
        }
        return new Matches(
                matcher.evaluationDate(),
                List.copyOf(qualified.values()),
                nearest == 0 ? List.of() : misses(matcher, labels, clauses, key, qualified.keySet(), nearest));
    }

    /**
     * The {@code nearest} clauses missed by fewest top-level conditions (ties by clause id), each with what it lacks.
     * Every missed clause is ranked by counting its unmet conditions; only the nearest are put in words.
     */
    private static List<Matches.Miss> misses(
            Matcher matcher,
            ValueLabels labels,
            Map<String, RegistryCopy.Registered> clauses,
            String key,
            Set<String> qualified,
            int nearest) {
        Explainer explainer = new Explainer(matcher, labels);
        record Ranked(String id, int unmet) {}
        List<Ranked> ranked = new ArrayList<>();
        clauses.keySet().stream().filter(id -> !qualified.contains(id)).forEach(id -> {
            int unmet = explainer.unmet(key, id);
            if (unmet > 0) {
                ranked.add(new Ranked(id, unmet));
            }
        });
        ranked.sort(Comparator.comparingInt(Ranked::unmet).thenComparing(Ranked::id));
        List<Matches.Miss> misses = new ArrayList<>();
        for (Ranked miss : ranked.subList(0, Math.min(nearest, ranked.size()))) {
            ClauseVersion v = clauses.get(miss.id()).version();
            misses.add(new Matches.Miss(
                    v.clauseId(),
                    v.version(),
                    v.policyId(),
                    v.titleZh(),
                    v.titleEn(),
                    lacking(explainer.explain(key, miss.id()))));
        }
        return misses;
    }

    /** The top-level conditions an explanation says are not met (failed, or a fact missing). */
    static List<Matches.Lack> lacking(Explanation explanation) {
        return explanation.checks().stream()
                .filter(check -> check.depth() == 0 && check.outcome() != Check.Outcome.PASS)
                .map(check -> new Matches.Lack(check.zh(), check.en()))
                .toList();
    }

    /** How many top-level conditions an explanation lists. */
    static long conditions(Explanation explanation) {
        return explanation.checks().stream().filter(check -> check.depth() == 0).count();
    }

    /** An amount in CNY to the fen; null when unknown. */
    static @Nullable BigDecimal amount(OptionalDouble amount) {
        return amount.isPresent() ? BigDecimal.valueOf(amount.getAsDouble()).setScale(2, RoundingMode.HALF_UP) : null;
    }
}
