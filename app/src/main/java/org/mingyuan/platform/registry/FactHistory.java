package org.mingyuan.platform.registry;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks, from an enterprise's statements, what the registry knew at a moment: per fact, among the
 * statements recorded by then, the one for the latest period; for the same period a verified value
 * outweighs an imported one, which outweighs a declared one; then the later record wins.
 */
public final class FactHistory {

    /** Which of two statements about the same fact is the better one to use. */
    public static final Comparator<Fact> PREFERENCE = Comparator.comparing(Fact::periodEnd)
            .thenComparingInt(fact -> fact.source().weight())
            .thenComparing(Fact::recordedAt);

    private FactHistory() {}

    /** The current statement of each fact known at {@code knownAt}, by kind key; facts nobody stated are absent. */
    public static Map<String, Fact> knownAt(List<Fact> statements, Instant knownAt) {
        Map<String, Fact> current = new HashMap<>();
        for (Fact fact : statements) {
            if (fact.recordedAt().isAfter(knownAt)) {
                continue;
            }
            current.merge(fact.name(), fact, (a, b) -> PREFERENCE.compare(a, b) >= 0 ? a : b);
        }
        return current;
    }
}
