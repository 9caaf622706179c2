package org.mingyuan.platform.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactHistory;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.web.ChartData.Point;

/**
 * One fact's statements as known at a moment, for the enterprise page: every statement, newest period
 * first (superseded ones included), and the line of the value used per period.
 *
 * @param statements every statement recorded by then, newest period first; never empty
 * @param chart per period end, the value the registry prefers, oldest first, as chart JSON
 */
record FactTimeline(
        String name, List<Fact> statements, @Nullable String chart) {

    private static final Comparator<Fact> NEWEST_FIRST = FactHistory.PREFERENCE.reversed();

    /**
     * The timelines of every fact stated by {@code knownAt}, in the order of {@code kinds}; a chart only for kinds
     * whose values are numbers.
     */
    static List<FactTimeline> of(
            List<Fact> history, Instant knownAt, List<FactKind> kinds, Function<List<Point>, String> chart) {
        Map<String, List<Fact>> byName = new HashMap<>();
        for (Fact fact : history) {
            if (!fact.recordedAt().isAfter(knownAt)) {
                byName.computeIfAbsent(fact.name(), name -> new ArrayList<>()).add(fact);
            }
        }
        List<FactTimeline> timelines = new ArrayList<>();
        for (FactKind kind : kinds) {
            List<Fact> statements = byName.get(kind.key());
            if (statements != null) {
                timelines.add(new FactTimeline(
                        kind.key(),
                        statements.stream().sorted(NEWEST_FIRST).toList(),
                        kind.numeric() ? chart.apply(line(statements)) : null));
            }
        }
        return timelines;
    }

    private static List<Point> line(List<Fact> statements) {
        Map<LocalDate, Fact> preferred = new TreeMap<>();
        for (Fact fact : statements) {
            preferred.merge(fact.periodEnd(), fact, (a, b) -> FactHistory.PREFERENCE.compare(a, b) >= 0 ? a : b);
        }
        return preferred.values().stream()
                .filter(f -> f.number() != null)
                .map(f -> new Point(f.periodEnd(), f.number()))
                .toList();
    }
}
