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
        List<Matches.Miss> misses =
                nearest == 0 ? List.of() : misses(matcher, labels, clauses, key, qualified.keySet());
        return new Matches(
                matcher.evaluationDate(),
                List.copyOf(qualified.values()),
                misses.subList(0, Math.min(nearest, misses.size())));
    }

    private static List<Matches.Miss> misses(
            Matcher matcher,
            ValueLabels labels,
            Map<String, RegistryCopy.Registered> clauses,
            String key,
            Set<String> qualified) {
        Explainer explainer = new Explainer(matcher, labels);
        List<Matches.Miss> misses = new ArrayList<>();
        new TreeMap<>(clauses).forEach((id, clause) -> {
            if (qualified.contains(id)) {
                return;
            }
            List<Matches.Lack> lacking = lacking(explainer.explain(key, id));
            if (!lacking.isEmpty()) {
                ClauseVersion v = clause.version();
                misses.add(
                        new Matches.Miss(v.clauseId(), v.version(), v.policyId(), v.titleZh(), v.titleEn(), lacking));
            }
        });
        misses.sort(Comparator.comparingInt(miss -> miss.lacking().size()));
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
